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

export function mergeContaining(grid: SheetGrid, row: number, col: number): CellRange | undefined {
  return grid.merges.find((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right);
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
