/**
 * The exceljs reader that checking used before src/xlsx/reader: the oracle the new reader is compared with
 * (tests/xlsx/reader/equality.test.ts). It materializes every cell and merge, so it is for small inputs only.
 */
import ExcelJS from 'exceljs';
import type { CellValue, CellRange, SheetGrid, SheetVisibility } from '../../src/core/grid/types';
import { parseRangeA1 } from '../../src/core/grid/address';
import { displayText } from '../../src/xlsx/reader/display';

const MAX_CELLS_PER_SHEET = 5_000_000;

export async function exceljsGrids(data: Uint8Array): Promise<SheetGrid[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(data as unknown as ArrayBuffer);
  return workbook.worksheets.map(gridOfWorksheet);
}

function gridOfWorksheet(sheet: ExcelJS.Worksheet): SheetGrid {
  const warnings: string[] = [];
  const rowCount = sheet.actualRowCount === 0 ? 0 : sheet.rowCount;
  const colCount = sheet.actualColumnCount === 0 ? 0 : sheet.columnCount;
  let lastRow = rowCount;
  if (rowCount * colCount > MAX_CELLS_PER_SHEET) {
    lastRow = Math.floor(MAX_CELLS_PER_SHEET / Math.max(colCount, 1));
    warnings.push(`工作表过大（${rowCount} 行 × ${colCount} 列），只检查了前 ${lastRow} 行`);
  }
  const values: CellValue[][] = [];
  const text: string[][] = [];
  const numberFormat: string[][] = [];
  const formulas: string[][] = [];
  for (let r = 1; r <= lastRow; r++) {
    const row = sheet.getRow(r);
    const rv: CellValue[] = new Array(colCount).fill(null);
    const rt: string[] = new Array(colCount).fill('');
    const rf: string[] = new Array(colCount).fill('General');
    const rfx: string[] = new Array(colCount).fill('');
    if (row.hasValues) {
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        if (c > colCount) return;
        // Office.js reports a merged area's value only in its top-left cell; do the same.
        if (cell.isMerged && cell.master.address !== cell.address) return;
        const { value, formula } = plainValue(cell.value, cell.formula);
        rv[c - 1] = value;
        rf[c - 1] = cell.numFmt || 'General';
        rt[c - 1] = displayText(value, rf[c - 1]);
        rfx[c - 1] = formula;
      });
    }
    values.push(rv);
    text.push(rt);
    numberFormat.push(rf);
    formulas.push(rfx);
  }
  const merges: CellRange[] = ((sheet.model as { merges?: string[] }).merges ?? []).map((m) => parseRangeA1(m));
  return {
    name: sheet.name,
    origin: { row: 0, col: 0 },
    values,
    text,
    numberFormat,
    formulas,
    merges,
    visibility: (sheet.state as SheetVisibility) ?? 'visible',
    protected: Boolean((sheet as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet),
    readWarnings: warnings.length ? warnings : undefined,
  };
}

/** A shared-formula child's `cell.formula` is the master's slid to it; its value only names the master. */
function plainValue(value: ExcelJS.CellValue, translated?: string): { value: CellValue; formula: string } {
  if (value === null || value === undefined) return { value: null, formula: '' };
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean')
    return { value, formula: '' };
  if (value instanceof Date) return { value: value.getTime() / 86_400_000 + 25569, formula: '' };
  if ('error' in value && value.error) return { value: String(value.error), formula: '' };
  if ('richText' in value && Array.isArray(value.richText))
    return { value: value.richText.map((p) => p.text).join(''), formula: '' };
  if ('formula' in value || 'sharedFormula' in value) {
    const f = value as ExcelJS.CellFormulaValue & { sharedFormula?: string };
    const cached = f.result === undefined ? null : plainValue(f.result as ExcelJS.CellValue).value;
    const text = translated || f.formula;
    return { value: cached, formula: text ? `=${text}` : '' };
  }
  if ('text' in value) return { value: String((value as { text: unknown }).text), formula: '' };
  return { value: String(value), formula: '' };
}
