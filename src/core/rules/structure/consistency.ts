/** Shared by the structure rules that compare a meta value (单位, 年度, 单位名称) across the budget tables. */
import { toA1 } from '../../grid/address';
import type { Located } from '../../recognize/region';
import { BUDGET_KINDS, KIND_LABELS } from '../../tables/kinds';
import type { AnyTable } from '../../tables/models';
import type { FindingInput, WorkbookContext } from '../types';

export function budgetTables(workbook: WorkbookContext): AnyTable[] {
  return workbook.tables.filter((t) => (BUDGET_KINDS as readonly string[]).includes(t.kind));
}

/**
 * Report each table whose value differs from the most common one (ties: the first table's value),
 * naming the value it has and the tables that agree with the majority.
 */
export function reportInconsistent<T extends string | number>(
  tables: readonly AnyTable[],
  valueOf: (table: AnyTable) => Located<T> | undefined,
  what: string,
  report: (finding: FindingInput) => void,
): void {
  const located = tables.flatMap((table) => {
    const value = valueOf(table);
    return value ? [{ table, value }] : [];
  });
  const counts = new Map<T, number>();
  for (const { value } of located) counts.set(value.value, (counts.get(value.value) ?? 0) + 1);
  if (counts.size < 2) return;
  let majority = located[0].value.value;
  for (const [value, count] of counts) if (count > (counts.get(majority) ?? 0)) majority = value;
  const agreeing = located.filter((l) => l.value.value === majority);
  for (const { table, value } of located) {
    if (value.value === majority) continue;
    report({
      sheet: table.sheet,
      cell: toA1(value.row, value.col),
      message: `“${KIND_LABELS[table.kind]}”的${what}为“${value.value}”，与其他预算表（如“${agreeing[0].table.sheet}”）的“${majority}”不一致`,
      expected: String(majority),
      actual: String(value.value),
      related: agreeing.slice(0, 3).map((l) => ({ sheet: l.table.sheet, cell: toA1(l.value.row, l.value.col) })),
    });
  }
}
