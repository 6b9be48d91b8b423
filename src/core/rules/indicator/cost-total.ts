/** indicator/cost-total: when every cost indicator is an amount, together they equal the project's funds. */
import { formatAmount, roundingToleranceFen } from '../../parse/amount';
import { costAmountTotal, costRows, fundsAddUp } from '../../tables/performance/queries';
import { defineRule } from '../types';
import { a1 } from './shared';

export const costTotal = defineRule({
  id: 'indicator/cost-total',
  severity: 'error',
  title: '成本指标合计与项目资金不符',
  docs: '成本指标反映项目的资金成本：当所有成本指标都写成金额时，它们的合计应等于项目资金（年度资金总额 / 预算数）。每项允许 0.01 个单位的四舍五入差。项目资金总额本身与财政拨款、其他资金之和不符时，只由 funds/split 报告。例：项目资金 5 万元，成本指标为 2 万元和 2 万元。',
  appliesTo: ['project-performance'],
  check({ table, report }) {
    const total = table.funds?.total;
    if (!total || total.fen === null) return;
    // A total that disagrees with its own sources is funds/split's finding; which figure is wrong is unknown.
    if (!fundsAddUp(table.funds!, table.funds!.unit)) return;
    const sum = costAmountTotal(table);
    if (sum === null) return; // no costs, or some not amounts ("≤5%"): nothing to add up
    const costs = costRows(table);
    const unit = table.funds!.unit;
    if (Math.abs(sum - total.fen) <= roundingToleranceFen(unit) * costs.length) return;
    const expected = formatAmount(total.fen, unit);
    const actual = formatAmount(sum, unit);
    const first = costs[0];
    report({
      sheet: table.sheet,
      cell: a1(first.valueCell),
      ...(costs.length > 1 ? { range: `${a1(first.valueCell)}:${a1(costs[costs.length - 1].valueCell)}` } : {}),
      message: `成本指标合计应等于项目资金 ${expected} ${unit}，实为 ${actual} ${unit}`,
      expected,
      actual,
      related: [
        { sheet: table.sheet, cell: a1(total) },
        ...costs.slice(1).map((r) => ({ sheet: table.sheet, cell: a1(r.valueCell) })),
      ],
    });
  },
});
