/**
 * indicator/taxonomy: 一级 and 二级 labels are standard names, each 二级 sits under its own 一级, and no
 * 一级/二级 cell inside the block is left blank where the block otherwise writes or merges them.
 */
import type { CategoryLabel, IndicatorRow } from '../../tables/performance/model';
import { ALLOWED_LEVEL2, LEVEL1_LABELS, LEVEL2_LABELS, parentOf } from '../../tables/performance/taxonomy';
import { toA1 } from '../../grid/address';
import { defineRule } from '../types';
import { a1, INDICATOR_SHAPES, isStarted } from './shared';

type Level = 'level1' | 'level2';
const LEVEL_NAMES: Record<Level, string> = { level1: '一级指标', level2: '二级指标' };

export const taxonomy = defineRule({
  id: 'indicator/taxonomy',
  severity: 'warning',
  title: '绩效指标类别名称不规范、归属错误或空白',
  docs: '一级指标应为产出、成本、效益（效果）、满意度指标；二级指标应归入相应的一级：数量、质量、时效（及旧模板中的成本）指标属于产出指标，经济、社会、生态效益和可持续影响指标属于效益指标，服务对象满意度指标属于满意度指标。例：“社会效益指标”放在“产出指标”下。表中其他类别用合并单元格标明一级、二级指标时，某一行的一级或二级单元格既空白又不在合并区域内，该行的类别无从判断，也报告（每段空白报一次）。',
  appliesTo: INDICATOR_SHAPES,
  check({ table, report }) {
    const seen = new Set<string>();
    const once = (label: CategoryLabel, message: string) => {
      const key = `${a1(label)}|${message}`;
      if (seen.has(key)) return;
      seen.add(key);
      report({ sheet: table.sheet, cell: a1(label), message });
    };
    const rows = table.indicators?.rows ?? [];
    const blanks = blankLabels(rows);
    for (const [level, row] of blanks)
      report({
        sheet: table.sheet,
        cell: toA1(row.row, level === 'level1' ? table.indicators!.columns.level1 : table.indicators!.columns.level2),
        message: `第 ${row.row + 1} 行的${LEVEL_NAMES[level]}单元格空白（也不在合并单元格内），无法判断该指标的类别：请填写${LEVEL_NAMES[level]}，或与上方同类单元格合并`,
      });
    const blankRows = new Set(blanks.filter(([level]) => level === 'level1').map(([, row]) => row));
    let inBlankRun = false;
    for (const row of rows) {
      inBlankRun = blankRows.has(row) || (inBlankRun && Boolean(row.carried?.includes('level1')));
      const { level1, level2 } = row;
      if (level1 && !level1.id)
        once(level1, `一级指标“${level1.text}”不是规范名称：应为产出指标、成本指标、效益指标或满意度指标`);
      if (level2 && !level2.id) once(level2, `二级指标“${level2.text}”不是规范名称`);
      // Under a blank 一级 the carried-down label is a guess: the blank is the finding, not the misplacement.
      if (!level1?.id || !level2?.id || inBlankRun) continue;
      if (!ALLOWED_LEVEL2[level1.id].includes(level2.id))
        once(
          level2,
          `二级指标“${LEVEL2_LABELS[level2.id]}”不应放在一级指标“${LEVEL1_LABELS[level1.id]}”下：应属于“${LEVEL1_LABELS[parentOf(level2.id)]}”`,
        );
    }
  },
});

/**
 * The first row of each run of rows whose 一级 (二级) cell is blank and unmerged although the label
 * carried down to it is a merged area that ends above — the writer bounded that label with a merge, so
 * the blank is not "same as above" — or, for 一级, where the carried label cannot hold the row's own
 * 二级 (a 效益 二级 under a blank that would make it 成本).
 */
function blankLabels(rows: readonly IndicatorRow[]): [Level, IndicatorRow][] {
  const found: [Level, IndicatorRow][] = [];
  for (const level of ['level1', 'level2'] as const) {
    let previous: IndicatorRow | null = null;
    for (const row of rows) {
      const carried = Boolean(row.carried?.includes(level)) && isStarted(row);
      const misplaced =
        level === 'level1' &&
        row.level1?.id &&
        row.level2?.id &&
        row.level2.row === row.row &&
        !ALLOWED_LEVEL2[row.level1.id].includes(row.level2.id);
      if (carried && (row[level]?.merged || misplaced) && !previous) found.push([level, row]);
      previous = carried ? row : null;
    }
  }
  return found;
}
