/**
 * A published quantity — one cell, an empty table, or a sum of cells from several tables — with
 * what is needed to compare it exactly in 分 across units and to name it in a zh-CN message.
 */
import { toA1 } from '../../grid/address';
import type { MoneyUnit } from '../../parse/amount';
import { formatAmount, roundingToleranceFen } from '../../parse/amount';
import type { CellRef } from '../../report/types';
import type { TableBase } from '../../tables/base';
import type { AmountCell } from '../../tables/budget/model';

export interface Quantity {
  /** zh-CN: which table and line ("部门收支总表 一般公共预算拨款收入"). */
  label: string;
  /** Exact 分; empty cells and empty tables count as 0. */
  fen: number;
  /** Unit the quantity is shown in (its first table's). */
  unit: MoneyUnit;
  /** The cells it was read from, the one to name first; an empty table is named by its title cell. */
  cells: CellRef[];
  /** How far the published value may sit from the exact one: half a last digit per non-empty cell. */
  toleranceFen: number;
  /** What stands there when there is no number: empty cells, an empty table, or no such line at all. */
  blank?: '空' | '空表' | '无此行';
}

/** Half of one unit of the last of the two shown decimals: the error of one rounded cell. */
export function halfDigitFen(unit: MoneyUnit, decimals = 2): number {
  return roundingToleranceFen(unit, decimals) / 2;
}

/** A cell of a table; null when the cell is absent or unreadable (other rules report those). */
export function cellQuantity(table: TableBase, cell: AmountCell | undefined, label: string): Quantity | null {
  if (!cell || cell.invalid) return null;
  return {
    label,
    fen: cell.fen ?? 0,
    unit: table.unit,
    cells: [{ sheet: table.sheet, cell: toA1(cell.row, cell.col) }],
    toleranceFen: cell.fen === null ? 0 : halfDigitFen(table.unit),
    blank: cell.fen === null ? '空' : undefined,
  };
}

/** A table published empty (空表列示): every quantity of it is 0. */
export function emptyTableQuantity(table: TableBase, label: string): Quantity {
  const { row, col } = table.region.title;
  return {
    label,
    fen: 0,
    unit: table.unit,
    cells: [{ sheet: table.sheet, cell: toA1(row, col) }],
    toleranceFen: 0,
    blank: '空表',
  };
}

/** A line a table should have but lacks (a 类 the other table lists): 0, named by the table's title. */
export function absentLineQuantity(table: TableBase, label: string): Quantity {
  return { ...emptyTableQuantity(table, label), blank: '无此行' };
}

/** The sum of several quantities, named by `label`; its cells are theirs, in order. */
export function sumOf(parts: readonly Quantity[], label: string): Quantity | null {
  if (parts.length === 0) return null;
  const blank = parts.every((p) => p.blank) ? '空' : undefined;
  return {
    label,
    fen: parts.reduce((sum, p) => sum + p.fen, 0),
    unit: parts[0].unit,
    cells: parts.flatMap((p) => p.cells),
    toleranceFen: parts.reduce((sum, p) => sum + p.toleranceFen, 0),
    blank,
  };
}

/** "为 107.54 万元", or "为空" / "为空表" / "无此行" when nothing is written there. */
export function statedAs(q: Quantity): string {
  if (q.blank === '无此行') return q.blank;
  if (q.blank && q.fen === 0) return `为${q.blank}`;
  return `为 ${formatFen(q.fen, q.unit)} ${q.unit}`;
}

/** An amount in a unit: two decimals, or as many as an exact conversion from 元 to 万元 needs. */
export function formatFen(fen: number, unit: MoneyUnit): string {
  if (unit === '万元' && fen % 10_000 !== 0) return formatAmount(fen, unit, 6).replace(/0+$/, '');
  return formatAmount(fen, unit);
}

/** "1收支总表!C6", or "5一般公共预算支出表!D6 + 7政府基金预算支出表!A1" for a sum. */
export function whereIs(q: Quantity): string {
  return q.cells.map((c) => `${c.sheet}!${c.cell}`).join(' + ');
}
