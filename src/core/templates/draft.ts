/**
 * A host-neutral description of one sheet to insert: cells (values or formulas, formats, styles),
 * merges, column widths, data-validation lists and print setup. Template specs produce drafts;
 * each host renders a draft with its own API. Formulas refer only to cells of the same sheet, so a
 * draft stays valid whatever name the host gives the new sheet.
 */
import type { CellRange, CellValue } from '../grid/types';

export interface DraftCell {
  row: number;
  col: number;
  value?: CellValue;
  /** "=SUM(D7:D37)" — same-sheet A1 references only. */
  formula?: string;
  numberFormat?: string;
  bold?: boolean;
  align?: 'left' | 'center' | 'right';
  wrap?: boolean;
  /** "#RRGGBB" fill, e.g. for cells the user must fill in. */
  fill?: string;
  border?: boolean;
}

export interface DraftValidation {
  range: CellRange;
  /** Allowed values of a dropdown list. */
  list: string[];
}

export interface SheetDraft {
  /** Wanted sheet name (≤ 31 chars); hosts make it unique. */
  name: string;
  cells: DraftCell[];
  merges: CellRange[];
  /** Column widths in characters, from column 0. */
  columnWidths: number[];
  validations: DraftValidation[];
  print: { landscape: boolean; fitToWidth: boolean; repeatRows?: { top: number; bottom: number } };
  /** Rows (and columns) frozen at the top-left: the header. */
  freeze?: { rows: number; cols?: number };
}
