/** funds/split: 资金总额 (预算数) = 其中：财政拨款 (财政资金) + 上年结转资金 + 其他资金, per column of the funds block. */
import { toA1 } from '../../grid/address';
import { formatAmount } from '../../parse/amount';
import { fundsAddUp, fundsSources } from '../../tables/performance/queries';
import type { MoneyUnit } from '../../parse/amount';
import type { FundsAmounts } from '../../tables/performance/model';
import type { FindingInput } from '../types';
import { defineRule } from '../types';

export const split = defineRule({
  id: 'funds/split',
  severity: 'error',
  title: '项目资金总额不等于财政拨款与其他资金之和',
  docs: '绩效目标表的项目资金中，年度资金总额（河北：预算数；上海：年度资金申请总额）应等于其中的财政拨款（当年财政拨款）加上年结转资金（表中有此行时）加其他资金；上海样式另列的项目资金总额（多年）也应等于财政资金加其他资金。空白按 0 计，每项允许 0.01 个单位的四舍五入差。例：预算数 8 万元，财政资金 6 万元，其他资金空白。',
  appliesTo: ['project-performance'],
  check({ table, report }) {
    const funds = table.funds;
    if (!funds) return;
    for (const amounts of [funds, funds.project]) {
      const finding = amounts && checkColumn(table.sheet, amounts, funds.unit);
      if (finding) report(finding);
    }
  },
});

function checkColumn(sheet: string, amounts: FundsAmounts, unit: MoneyUnit): FindingInput | null {
  const { total, fiscal, carryover, other } = amounts;
  const parts = fundsSources(amounts);
  if (!parts || !total || total.fen === null || fundsAddUp(amounts, unit)) return null;
  const sum = parts.reduce((s, c) => s + (c.fen ?? 0), 0);
  const expected = formatAmount(sum, unit);
  const actual = formatAmount(total.fen, unit);
  const named = [
    `财政拨款 ${formatAmount(fiscal!.fen!, unit)}`,
    ...(carryover ? [`上年结转资金 ${formatAmount(carryover.fen ?? 0, unit)}`] : []),
    `其他资金 ${formatAmount(other?.fen ?? 0, unit)}`,
  ];
  return {
    sheet,
    cell: toA1(total.row, total.col),
    message: `项目资金总额应等于${named.join(' 加')}，应为 ${expected}，实为 ${actual}（${unit}）`,
    expected,
    actual,
    related: parts.map((c) => ({ sheet, cell: toA1(c.row, c.col) })),
  };
}
