/** Reading amount cells and the common parts (header, columns, body, notes) of every budget table. */
import { isErrorValue, textAt, valueAt } from '../../grid/access';
import type { SheetGrid } from '../../grid/types';
import { amountFen, parseAmount } from '../../parse/amount';
import type { MoneyUnit } from '../../parse/amount';
import { labelKey, toHalfWidth } from '../../parse/normalize';
import { readBody } from '../../recognize/body';
import { findHeader } from '../../recognize/header';
import type { BuildContext } from '../base';
import { baseOf } from '../base';
import type { TableKind } from '../kinds';
import type { AmountCell, AmountRole, BudgetColumn, BudgetTableCommon, RoleAmounts } from './model';
import { columnRole, isAmountRole } from './roles';

/** An amount cell: exact 分, or `invalid` for #REF! and text that is not an amount (never throws). */
export function amountCell(grid: SheetGrid, row: number, col: number, unit: MoneyUnit): AmountCell {
  const value = valueAt(grid, row, col);
  const text = textAt(grid, row, col);
  if (isErrorValue(value)) return { row, col, fen: null, text, invalid: true };
  const fen = amountFen(value, unit);
  if (typeof fen === 'number') return { row, col, fen, text };
  if (fen === 'invalid') return { row, col, fen: null, text, invalid: true };
  return { row, col, fen: null, text };
}

/** The columns rowAmounts reads (the first of each amount role), computed once per table's column list. */
const AMOUNT_COLUMNS = new WeakMap<BudgetColumn[], { roles: AmountRole[]; cols: number[] }>();

function firstAmountColumns(columns: BudgetColumn[]): { roles: AmountRole[]; cols: number[] } {
  let found = AMOUNT_COLUMNS.get(columns);
  if (!found) {
    found = { roles: [], cols: [] };
    for (const column of columns) {
      if (!isAmountRole(column.role) || found.roles.includes(column.role)) continue;
      found.roles.push(column.role);
      found.cols.push(column.col);
    }
    AMOUNT_COLUMNS.set(columns, found);
  }
  return found;
}

/** Amounts of a row for the table's amount columns (the first column of each role wins). */
export function rowAmounts(grid: SheetGrid, row: number, columns: BudgetColumn[], unit: MoneyUnit): RoleAmounts {
  const amounts: RoleAmounts = {};
  const { roles, cols } = firstAmountColumns(columns);
  for (let i = 0; i < roles.length; i++) amounts[roles[i]] = amountCell(grid, row, cols[i], unit);
  return amounts;
}

/** A cell's text, half-width and without surrounding space ("" when empty). */
export function cellText(grid: SheetGrid, row: number, col: number): string {
  const value = valueAt(grid, row, col);
  return value === null || typeof value === 'boolean' ? '' : toHalfWidth(String(value)).trim();
}

/** Common parts plus the body rows the kind's builder classifies. */
export interface CommonParts<K extends TableKind> {
  common: BudgetTableCommon<K>;
  rows: number[];
  /** Every header column's joined words, including columns without a role. */
  labels: Map<number, string>;
}

/** Header, columns and body of a region; `roleOf` lets a kind interpret its own header words. */
export function readCommon<K extends TableKind>(
  kind: K,
  ctx: BuildContext,
  roleOf: (label: string) => BudgetColumn['role'] | null = columnRole,
): CommonParts<K> {
  const { grid, region } = ctx;
  const base = baseOf(kind, ctx);
  const header = findHeader(grid, region);
  const columns: BudgetColumn[] = [];
  if (header)
    for (const [col, label] of header.labels) {
      const role = roleOf(label);
      if (role) columns.push({ col, label, role });
    }
  const bodyTop = header ? (header.indexRow ?? header.bottom) + 1 : region.bodyTop;
  const body = readBody(grid, region, bodyTop);
  const amountCols = columns.filter((c) => isAmountRole(c.role));
  const hasAmounts = body.rows.some((row) =>
    amountCols.some((c) => parseAmount(valueAt(grid, row, c.col), base.unit).kind === 'amount'),
  );
  const common: BudgetTableCommon<K> = {
    ...base,
    header: header ? { top: header.top, bottom: header.bottom, indexRow: header.indexRow } : null,
    columns,
    data: body.rows.length > 0 ? { top: body.rows[0], bottom: body.rows[body.rows.length - 1] } : null,
    notes: body.notes,
    hasAmounts,
  };
  return { common, rows: body.rows, labels: header?.labels ?? new Map() };
}

export function columnOf(columns: BudgetColumn[], role: BudgetColumn['role']): number | undefined {
  return columns.find((c) => c.role === role)?.col;
}

/** "合计", "总计", "合  计", "本年合计": a total line's label. */
export function isTotalLabel(text: string): boolean {
  return /^(合计|总计|本年合计|合计数)[:：]?$/.test(labelKey(text));
}
