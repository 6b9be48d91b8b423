/** Questions rules ask of a project model: its cost indicators and what they add up to. */
import type { IndicatorRow, ProjectPerformanceTable } from './model';
import type { Level2Id } from './taxonomy';
import { COST_LEVEL2 } from './taxonomy';

/** 社会成本 and 生态环境成本 (上海, 财政部 2021) often measure a burden, not money ("无", "≤5%"). */
const NON_MONEY_COSTS: readonly Level2Id[] = ['social-cost', 'ecological-cost'];

/**
 * The cost indicators that carry a value, top to bottom; a social or ecological cost only when it
 * is an amount, so its "无" does not hide the money costs from the sums.
 */
export function costRows(table: ProjectPerformanceTable): IndicatorRow[] {
  return (table.indicators?.rows ?? []).filter((r) => {
    const id = r.level2?.id;
    if (!id || !COST_LEVEL2.includes(id) || r.value.kind === 'empty') return false;
    return !NON_MONEY_COSTS.includes(id) || (r.value.kind === 'quantity' && r.value.amount !== undefined);
  });
}

/** Σ of the cost indicators in 分 when every one of them is an amount; null otherwise or when there are none. */
export function costAmountTotal(table: ProjectPerformanceTable): number | null {
  const rows = costRows(table);
  if (rows.length === 0) return null;
  let sum = 0;
  for (const row of rows) {
    if (row.value.kind !== 'quantity' || !row.value.amount) return null;
    sum += row.value.amount.fen;
  }
  return sum;
}
