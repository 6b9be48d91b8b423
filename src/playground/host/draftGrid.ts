/** Renders a host-neutral SheetDraft into an in-memory SheetGrid (values, formulas, formats, merges). */
import type { CellValue, SheetGrid } from '../../core/grid/types';
import type { SheetDraft } from '../../core/templates/draft';

export function gridOfDraft(draft: SheetDraft, name: string): SheetGrid {
  let rows = 0;
  let cols = draft.columnWidths.length;
  for (const cell of draft.cells) {
    rows = Math.max(rows, cell.row + 1);
    cols = Math.max(cols, cell.col + 1);
  }
  for (const merge of draft.merges) {
    rows = Math.max(rows, merge.bottom + 1);
    cols = Math.max(cols, merge.right + 1);
  }
  const values: CellValue[][] = Array.from({ length: rows }, () => new Array<CellValue>(cols).fill(null));
  const text: string[][] = Array.from({ length: rows }, () => new Array<string>(cols).fill(''));
  const numberFormat: string[][] = Array.from({ length: rows }, () => new Array<string>(cols).fill('General'));
  const formulas: string[][] = Array.from({ length: rows }, () => new Array<string>(cols).fill(''));
  for (const cell of draft.cells) {
    // Without a calculation engine a formula cell shows the value the draft gives it (its cached result).
    const value = cell.value ?? null;
    values[cell.row][cell.col] = value;
    text[cell.row][cell.col] = value === null ? '' : String(value);
    numberFormat[cell.row][cell.col] = cell.numberFormat ?? 'General';
    formulas[cell.row][cell.col] = cell.formula ?? '';
  }
  return {
    name,
    origin: { row: 0, col: 0 },
    values,
    text,
    numberFormat,
    formulas,
    merges: draft.merges.map((m) => ({ ...m })),
    visibility: 'visible',
    protected: false,
  };
}
