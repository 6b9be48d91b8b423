/** A sheet's streamed rows → the SheetGrid's parallel arrays, over the extent exceljs gave it, within the cell cap. */
import type { CellRange, CellValue, SheetGrid } from '../../core/grid/types';
import { readerStrings } from '../../strings/reader';
import { displayText } from './display';
import type { ReadLimits } from './limits';

/** A row as read: only the cells the file has, dense from column 0. */
export interface RowStore {
  values: CellValue[];
  formats: string[];
  formulas: string[];
  /** Highest column (0-based) of any <c> in the row, with or without a value. */
  last: number;
  hasValue: boolean;
}

/**
 * The grid's extent is exceljs's (rows up to the last <row> or merge, columns up to the last cell of a row with
 * values or a merge's right edge) while that fits the cap; otherwise merges no longer widen it, and rows past
 * the cap are cut. Merges stay ranges, clipped to the grid.
 */
export function materialize(
  rows: (RowStore | undefined)[],
  merges: CellRange[],
  lastRowElement: number,
  limits: ReadLimits,
  warnings: string[],
): Pick<SheetGrid, 'values' | 'text' | 'numberFormat' | 'formulas' | 'merges'> {
  let dataCols = 0;
  let anyValue = false;
  for (const store of rows) {
    if (!store?.hasValue) continue;
    anyValue = true;
    dataCols = Math.max(dataCols, store.last + 1);
  }
  const spanning = merges.filter((m) => m.bottom > m.top || m.right > m.left);
  let rowCount = lastRowElement;
  let colCount = dataCols;
  if (anyValue || spanning.length) {
    let mergeRows = 0;
    let mergeCols = 0;
    for (const m of spanning) {
      mergeRows = Math.max(mergeRows, m.bottom + 1);
      mergeCols = Math.max(mergeCols, m.right + 1);
    }
    const rowsWithMerges = Math.max(rowCount, mergeRows);
    const colsWithMerges = Math.max(colCount, mergeCols);
    if (rowsWithMerges * colsWithMerges <= limits.maxCellsPerSheet) {
      rowCount = rowsWithMerges;
      colCount = colsWithMerges;
    }
  } else {
    rowCount = 0;
    colCount = 0;
  }
  if (colCount === 0) rowCount = 0;
  if (rowCount * colCount > limits.maxCellsPerSheet) {
    const kept = Math.floor(limits.maxCellsPerSheet / colCount);
    warnings.push(readerStrings.sheet.truncatedRows(rowCount, colCount, kept));
    rowCount = kept;
  }

  clearMergedCells(rows, spanning, rowCount, colCount, warnings);

  const values: CellValue[][] = [];
  const text: string[][] = [];
  const numberFormat: string[][] = [];
  const formulas: string[][] = [];
  for (let r = 0; r < rowCount; r++) {
    const store = rows[r];
    rows[r] = undefined; // its arrays become the grid's rows: no second copy of a big sheet
    if (!store) {
      values.push(new Array<CellValue>(colCount).fill(null));
      text.push(new Array<string>(colCount).fill(''));
      numberFormat.push(new Array<string>(colCount).fill('General'));
      formulas.push(new Array<string>(colCount).fill(''));
      continue;
    }
    const { values: rv, formats: rf, formulas: rfx } = store;
    const rt = new Array<string>(colCount);
    for (let c = 0; c < colCount; c++) {
      const format = rf[c];
      if (format === undefined) {
        rv[c] = null;
        rt[c] = '';
        rf[c] = 'General';
        rfx[c] = '';
      } else rt[c] = displayText(rv[c], format);
    }
    rv.length = rf.length = rfx.length = colCount;
    values.push(rv);
    text.push(rt);
    numberFormat.push(rf);
    formulas.push(rfx);
  }
  const inside = merges
    .filter((m) => m.top < rowCount && m.left < colCount)
    .map((m) => ({ ...m, bottom: Math.min(m.bottom, rowCount - 1), right: Math.min(m.right, colCount - 1) }));
  return { values, text, numberFormat, formulas, merges: inside };
}

/**
 * Office.js shows a merged area's value in its top-left cell only; overlapping merges (Excel calls the file
 * damaged) are noted. Work and memory are bounded by the grid: each merge is visited only where it lies in it.
 */
function clearMergedCells(
  rows: (RowStore | undefined)[],
  merges: CellRange[],
  rowCount: number,
  colCount: number,
  warnings: string[],
) {
  if (merges.length === 0 || rowCount * colCount === 0) return;
  const owner = new Int32Array(rowCount * colCount);
  let overlap = false;
  for (let k = 0; k < merges.length && !overlap; k++) {
    const m = merges[k];
    const bottom = Math.min(m.bottom, rowCount - 1);
    const right = Math.min(m.right, colCount - 1);
    for (let r = m.top; r <= bottom && !overlap; r++) {
      const store = rows[r];
      for (let c = m.left; c <= right; c++) {
        const index = r * colCount + c;
        if (owner[index] !== 0) {
          overlap = true;
          break;
        }
        owner[index] = k + 1;
        // A cell that is not stored keeps its default; a deleted format leaves a hole materialize skips.
        if (store && (r !== m.top || c !== m.left)) delete store.formats[c];
      }
    }
  }
  if (overlap) warnings.push(readerStrings.sheet.overlappingMerges);
}
