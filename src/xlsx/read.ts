/** exceljs adapter, reading side (CLI and browser playground): an .xlsx → SheetGrids, as Office.js would present them. */
import ExcelJS from 'exceljs';
import type { CellValue, CellRange, SheetGrid, SheetVisibility } from '../core/grid/types';
import { parseRangeA1 } from '../core/grid/address';

/** Sheets beyond this many cells are truncated with a warning, so a runaway sheet can't exhaust memory. */
export const MAX_CELLS_PER_SHEET = 5_000_000;

export class UnreadableWorkbookError extends Error {}

export async function readWorkbookFile(path: string): Promise<SheetGrid[]> {
  return gridsOfWorkbook(await loadWorkbookFile(path));
}

export async function readWorkbookBuffer(data: ArrayBuffer | Uint8Array): Promise<SheetGrid[]> {
  return gridsOfWorkbook(await loadWorkbookBuffer(data));
}

/** The exceljs workbook itself, for hosts that also write it back (the CLI's annotated copies). */
export async function loadWorkbookFile(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(path);
  } catch (error) {
    throw new UnreadableWorkbookError(describeReadError(error));
  }
  return workbook;
}

export async function loadWorkbookBuffer(data: ArrayBuffer | Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(data as ArrayBuffer);
  } catch (error) {
    throw new UnreadableWorkbookError(describeReadError(error));
  }
  return workbook;
}

export function gridsOfWorkbook(workbook: ExcelJS.Workbook): SheetGrid[] {
  return workbook.worksheets.map(gridOfWorksheet);
}

function describeReadError(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  if (/zip|central directory|signature|end of data/i.test(text))
    return '文件不是有效的 .xlsx 工作簿（可能已损坏，或是 .xls/.et 等其他格式）';
  if (/ENOENT/.test(text)) return '文件不存在';
  if (/merge already merged/i.test(text))
    return '工作表中的合并单元格相互重叠，文件可能已损坏（可用 Excel 打开并另存后再试）';
  return `无法读取工作簿：${text}`;
}

export function gridOfWorksheet(sheet: ExcelJS.Worksheet): SheetGrid {
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
        rt[c - 1] = value === null ? '' : displayText(cell, value);
        rf[c - 1] = cell.numFmt || 'General';
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

type ExcelValue = ExcelJS.CellValue;

/**
 * `translated` is exceljs's `cell.formula`: for a shared-formula child (`<f t="shared" si="0"/>`) the
 * master's formula slid to this cell (D5's "SUM(A5:C5)" becomes "SUM(A6:C6)" in D6); the cell value
 * itself only names the master's address, which as a formula would compute the master's total.
 */
function plainValue(value: ExcelValue, translated?: string): { value: CellValue; formula: string } {
  if (value === null || value === undefined) return { value: null, formula: '' };
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean')
    return { value, formula: '' };
  if (value instanceof Date) return { value: excelDateSerial(value), formula: '' };
  if ('error' in value && value.error) return { value: String(value.error), formula: '' };
  if ('richText' in value && Array.isArray(value.richText))
    return { value: value.richText.map((p) => p.text).join(''), formula: '' };
  if ('formula' in value || 'sharedFormula' in value) {
    const f = value as ExcelJS.CellFormulaValue & { sharedFormula?: string };
    const cached = f.result === undefined ? null : plainValue(f.result as ExcelValue).value;
    // A child whose master cannot be found has no formula to evaluate; its cached value (if any) stands.
    const text = translated || f.formula;
    return { value: cached, formula: text ? `=${text}` : '' };
  }
  if ('text' in value) return { value: String((value as { text: unknown }).text), formula: '' };
  return { value: String(value), formula: '' };
}

function displayText(cell: ExcelJS.Cell, value: CellValue): string {
  if (typeof value === 'number' && cell.numFmt) {
    const fixed = /^0\.(0+)$/.exec(cell.numFmt) ?? /^#,##0\.(0+)$/.exec(cell.numFmt);
    if (fixed) return value.toFixed(fixed[1].length);
    const percent = /^0(?:\.(0+))?%$/.exec(cell.numFmt);
    if (percent) return `${(value * 100).toFixed(percent[1]?.length ?? 0)}%`;
  }
  return String(value);
}

/** Excel's serial day number (1900 system) for a date cell. */
function excelDateSerial(date: Date): number {
  return date.getTime() / 86_400_000 + 25569;
}
