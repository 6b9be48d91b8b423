/** The host-neutral model of one worksheet: what every host reads and the core validates. */

export type CellValue = string | number | boolean | null;

/** A rectangle of cells, 0-based and inclusive. */
export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export type SheetVisibility = 'visible' | 'hidden' | 'veryHidden';

/**
 * One sheet's used range as parallel 2-D arrays, the way Office.js returns them.
 * `values[r][c]` sits at absolute row `origin.row + r`, column `origin.col + c` (0-based).
 * Error cells (#REF!, #DIV/0! …) keep their error text as a string value.
 */
export interface SheetGrid {
  name: string;
  origin: { row: number; col: number };
  values: CellValue[][];
  /** Displayed text (formatted); absent when the host could not read it. */
  text?: string[][];
  /** Number formats such as "0.00" or "0%"; absent when unknown. */
  numberFormat?: string[][];
  /** Formulas without cached values are common in generated files: "=SUM(C5:C9)", or "" when none. */
  formulas?: string[][];
  merges: CellRange[];
  visibility?: SheetVisibility;
  protected?: boolean;
  /** Why part of the sheet could not be read (e.g. truncated huge sheet); zh-CN, shown to the user. */
  readWarnings?: string[];
}

/** A cell as the core sees it, with absolute coordinates. */
export interface GridCell {
  row: number;
  col: number;
  value: CellValue;
  text: string;
  numberFormat: string;
  formula: string;
}
