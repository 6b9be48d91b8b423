/** funds/split: 年度资金总额 (预算数) = 其中：财政拨款 (财政资金) + 其他资金. */
import { toA1 } from '../../grid/address';
import { formatAmount, roundingToleranceFen } from '../../parse/amount';
import { defineRule } from '../types';

export const split = defineRule({
  id: 'funds/split',
  severity: 'error',
  title: '项目资金总额不等于财政拨款与其他资金之和',
  docs: '绩效目标表的项目资金中，年度资金总额（河北：预算数）应等于其中的财政拨款（财政资金）加其他资金；其他资金空白按 0 计。每项允许 0.01 个单位的四舍五入差。例：预算数 8 万元，财政资金 6 万元，其他资金空白。',
  appliesTo: ['project-performance'],
  check({ table, report }) {
    const funds = table.funds;
    if (!funds?.total || funds.total.fen === null || !funds.fiscal || funds.fiscal.fen === null) return;
    // An unreadable 其他资金 (#REF!, text) is structure/invalid-cell's finding, not a zero.
    if (funds.other?.invalid) return;
    const other = funds.other?.fen ?? 0;
    const sum = funds.fiscal.fen + other;
    if (Math.abs(sum - funds.total.fen) <= roundingToleranceFen(funds.unit) * 2) return;
    const expected = formatAmount(sum, funds.unit);
    const actual = formatAmount(funds.total.fen, funds.unit);
    const related = [funds.fiscal, funds.other]
      .filter((c) => c !== null)
      .map((c) => ({ sheet: table.sheet, cell: toA1(c.row, c.col) }));
    report({
      sheet: table.sheet,
      cell: toA1(funds.total.row, funds.total.col),
      message: `项目资金总额应等于财政拨款 ${formatAmount(funds.fiscal.fen, funds.unit)} 加其他资金 ${formatAmount(other, funds.unit)}，应为 ${expected}，实为 ${actual}（${funds.unit}）`,
      expected,
      actual,
      related,
    });
  },
});
