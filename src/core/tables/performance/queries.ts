/** Questions rules ask of a project model: its cost indicators and what they add up to. */
import type { IndicatorRow, ProjectPerformanceTable } from './model';
import { COST_LEVEL2 } from './taxonomy';

/** The cost indicators that carry a value, top to bottom. */
export function costRows(table: ProjectPerformanceTable): IndicatorRow[] {
  return (table.indicators?.rows ?? []).filter(
    (r) => r.level2?.id && COST_LEVEL2.includes(r.level2.id) && r.value.kind !== 'empty',
  );
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
