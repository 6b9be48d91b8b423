/** funds/schedule: 资金支出计划（%） is cumulative: within 0–100, never falling, ending at 100% by 12月底. */
import { toA1 } from '../../grid/address';
import { defineRule } from '../types';

export const schedule = defineRule({
  id: 'funds/schedule',
  severity: 'error',
  title: '资金支出计划进度不合理',
  docs: '资金支出计划（%）是累计进度：各时点应在 0% 到 100% 之间，后一时点不低于前一时点，到 12 月底达到 100%。例：3月底 25%、6月底 50%、10月底 40% 中 10 月底的进度倒退了。',
  appliesTo: ['project-performance'],
  check({ table, report }) {
    const points = table.schedule.filter((p) => p.percent !== null);
    let previous: (typeof points)[number] | undefined;
    for (const point of points) {
      const percent = point.percent!;
      const cell = toA1(point.row, point.col);
      if (percent < 0 || percent > 100) {
        // An impossible figure is reported alone; the next point is compared with the last sensible one.
        report({
          sheet: table.sheet,
          cell,
          message: `资金支出计划“${point.label}”为 ${percent}%，应在 0% 到 100% 之间`,
          actual: `${percent}%`,
        });
        continue;
      }
      if (previous && percent < previous.percent!)
        report({
          sheet: table.sheet,
          cell,
          message: `资金支出计划是累计进度，“${point.label}”的 ${percent}% 低于“${previous.label}”的 ${previous.percent}%：应不低于 ${previous.percent}%`,
          expected: `≥${previous.percent}%`,
          actual: `${percent}%`,
          related: [{ sheet: table.sheet, cell: toA1(previous.row, previous.col) }],
        });
      previous = point;
    }
    const last = points[points.length - 1];
    if (last && last.percent! >= 0 && last.percent! < 100)
      report({
        sheet: table.sheet,
        cell: toA1(last.row, last.col),
        message: `资金支出计划到“${last.label}”应达到 100%，实为 ${last.percent}%`,
        expected: '100%',
        actual: `${last.percent}%`,
      });
  },
});
