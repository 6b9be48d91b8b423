/** Reading cells of a SheetGrid by absolute coordinates, with merged areas resolved. */
import type { CellRange, CellValue, GridCell, SheetGrid } from './types';

export function rowCount(grid: SheetGrid): number {
  return grid.values.length;
}

export function colCount(grid: SheetGrid): number {
  let max = 0;
  for (const row of grid.values) if (row.length > max) max = row.length;
  return max;
}

/** Absolute bounds of the grid's used range; null for an empty sheet. */
export function usedRange(grid: SheetGrid): CellRange | null {
  const rows = rowCount(grid);
  const cols = colCount(grid);
  if (rows === 0 || cols === 0) return null;
  return {
    top: grid.origin.row,
    left: grid.origin.col,
    bottom: grid.origin.row + rows - 1,
    right: grid.origin.col + cols - 1,
  };
}

/** Whether any cell of the sheet holds something (a blank string or a null is nothing). */
export function hasContent(grid: SheetGrid): boolean {
  return grid.values.some((row) => row.some((value) => !isEmptyValue(value)));
}

export function valueAt(grid: SheetGrid, row: number, col: number): CellValue {
  const r = grid.values[row - grid.origin.row];
  if (!r) return null;
  const v = r[col - grid.origin.col];
  return v === undefined ? null : v;
}

export function formulaAt(grid: SheetGrid, row: number, col: number): string {
  return grid.formulas?.[row - grid.origin.row]?.[col - grid.origin.col] ?? '';
}

export function numberFormatAt(grid: SheetGrid, row: number, col: number): string {
  return grid.numberFormat?.[row - grid.origin.row]?.[col - grid.origin.col] ?? 'General';
}

/** Displayed text, falling back to the value's plain string form. */
export function textAt(grid: SheetGrid, row: number, col: number): string {
  const shown = grid.text?.[row - grid.origin.row]?.[col - grid.origin.col];
  if (shown !== undefined && shown !== '') return shown;
  const v = valueAt(grid, row, col);
  return v === null ? '' : String(v);
}

export function cellAt(grid: SheetGrid, row: number, col: number): GridCell {
  return {
    row,
    col,
    value: valueAt(grid, row, col),
    text: textAt(grid, row, col),
    numberFormat: numberFormatAt(grid, row, col),
    formula: formulaAt(grid, row, col),
  };
}

export function isEmptyValue(value: CellValue): boolean {
  return value === null || (typeof value === 'string' && value.trim() === '');
}

/** The first merged area (in the grid's order) that holds the cell. */
export function mergeContaining(grid: SheetGrid, row: number, col: number): CellRange | undefined {
  const index = mergeIndexOf(grid);
  const candidates =
    index && row >= index.top && row < index.top + index.byRow.length ? index.byRow[row - index.top] : grid.merges;
  if (!candidates) return undefined;
  for (const m of candidates) if (row >= m.top && row <= m.bottom && col >= m.left && col <= m.right) return m;
  return undefined;
}

/** The merges crossing each row of the grid, in the grid's order. */
interface MergeIndex {
  top: number;
  byRow: (CellRange[] | undefined)[];
}

/** Per grid, with the merges it was made from: remade if they are replaced or added to. */
const mergeIndexes = new WeakMap<
  SheetGrid,
  { merges: readonly CellRange[]; count: number; index: MergeIndex | null }
>();

/**
 * Lookups scan the merges of one row instead of the sheet's (a 绩效目标表 asks for every cell). Null —
 * scan them all — when the grid has few merges, or overlapping ones would make the index bigger than the grid.
 */
function mergeIndexOf(grid: SheetGrid): MergeIndex | null {
  const known = mergeIndexes.get(grid);
  if (known && known.merges === grid.merges && known.count === grid.merges.length) return known.index;
  const index = grid.merges.length <= 8 ? null : buildMergeIndex(grid);
  mergeIndexes.set(grid, { merges: grid.merges, count: grid.merges.length, index });
  return index;
}

function buildMergeIndex(grid: SheetGrid): MergeIndex | null {
  const top = grid.origin.row;
  const rows = grid.values.length;
  let budget = grid.merges.length;
  for (const line of grid.values) budget += line.length;
  const byRow: (CellRange[] | undefined)[] = new Array(rows);
  for (const m of grid.merges)
    for (let r = Math.max(m.top, top); r <= Math.min(m.bottom, top + rows - 1); r++) {
      if (--budget < 0) return null;
      (byRow[r - top] ??= []).push(m);
    }
  return { top, byRow };
}

/** The value shown at a cell, taking it from the top-left cell of a merged area it belongs to. */
export function mergedValueAt(grid: SheetGrid, row: number, col: number): CellValue {
  const merge = mergeContaining(grid, row, col);
  return merge ? valueAt(grid, merge.top, merge.left) : valueAt(grid, row, col);
}

const ERROR_RE = /^#(REF!|DIV\/0!|VALUE!|NAME\?|N\/A|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA)$/;

export function isErrorValue(value: CellValue): boolean {
  return typeof value === 'string' && ERROR_RE.test(value.trim());
}

/** Build a grid from rows of values (tests, playground, templates). */
export function gridFromRows(
  name: string,
  rows: CellValue[][],
  extra: Partial<Omit<SheetGrid, 'name' | 'values'>> = {},
): SheetGrid {
  return { name, origin: { row: 0, col: 0 }, values: rows, merges: [], ...extra };
}
