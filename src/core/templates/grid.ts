/**
 * A sheet draft as the grid a host would read back after inserting it: values, formulas (without
 * cached values, like a file written by a tool that does not calculate), number formats, merges.
 * Used by tests and by the playground's in-memory workbook.
 */
import type { CellValue, SheetGrid } from '../grid/types';
import type { SheetDraft } from './draft';

export function draftToGrid(draft: SheetDraft, name = draft.name): SheetGrid {
  const rows = Math.max(0, ...draft.cells.map((c) => c.row + 1), ...draft.merges.map((m) => m.bottom + 1));
  const cols = Math.max(draft.columnWidths.length, ...draft.cells.map((c) => c.col + 1));
  const values: CellValue[][] = Array.from({ length: rows }, () => Array<CellValue>(cols).fill(null));
  const formulas: string[][] = Array.from({ length: rows }, () => Array<string>(cols).fill(''));
  const numberFormat: string[][] = Array.from({ length: rows }, () => Array<string>(cols).fill('General'));
  for (const cell of draft.cells) {
    if (cell.formula) formulas[cell.row][cell.col] = cell.formula;
    else if (cell.value !== undefined) values[cell.row][cell.col] = cell.value;
    if (cell.numberFormat) numberFormat[cell.row][cell.col] = cell.numberFormat;
  }
  return {
    name,
    origin: { row: 0, col: 0 },
    values,
    formulas,
    numberFormat,
    merges: draft.merges.map((m) => ({ ...m })),
  };
}
