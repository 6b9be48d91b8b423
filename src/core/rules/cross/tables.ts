/** Reading the quantities the cross-table identities compare out of the budget table models. */
import type {
  AmountRole,
  CodeTable,
  IncomeSource,
  SummaryLine,
  SummarySide,
  SummaryTable,
} from '../../tables/budget/model';
import { ROLE_LABELS } from '../../tables/budget/vocabulary';
import { KIND_LABELS } from '../../tables/kinds';
import type { Quantity } from './quantity';
import { cellQuantity, emptyTableQuantity } from './quantity';

/** The 合计 row's amount in a role column; an empty table (空表列示) states 0 for every column. */
export function totalQuantity(table: CodeTable, role: AmountRole): Quantity | null {
  const label = `${KIND_LABELS[table.kind]} 合计行${ROLE_LABELS[role]}`;
  if (table.totalRow) return cellQuantity(table, table.totalRow.amounts[role], label);
  return table.hasAmounts ? null : emptyTableQuantity(table, label);
}

/** Whether the table has a column of this role (or is empty, where every column reads 0). */
export function hasRole(table: CodeTable, role: AmountRole): boolean {
  return !table.hasAmounts || table.columns.some((c) => c.role === role);
}

/** A line of a 收支总表 side in one of its amount columns. */
export function lineQuantity(
  table: SummaryTable,
  line: SummaryLine | null | undefined,
  role: AmountRole = 'total',
): Quantity | null {
  if (!line) return null;
  const column = role === 'total' ? '' : ROLE_LABELS[role];
  return cellQuantity(table, line.amounts[role], `${KIND_LABELS[table.kind]} ${line.name}${column}`);
}

/** The top-level income line of a source ("一、一般公共预算拨款收入" → general). */
export function sourceLine(side: SummarySide, source: IncomeSource): SummaryLine | undefined {
  return side.lines.find((line) => line.depth === 0 && line.source === source);
}

/** The amount of an income or carry-over line as 分, empty = 0; undefined when the line is unreadable. */
export function lineFen(line: SummaryLine | null | undefined): number | undefined {
  const cell = line?.amounts.total;
  if (!cell || cell.invalid) return undefined;
  return cell.fen ?? 0;
}

// The narrative rules name 三公 items through this module.
export { THREE_PUBLIC_LABELS } from '../../tables/budget/vocabulary';
