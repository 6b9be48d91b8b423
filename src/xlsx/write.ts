/** exceljs adapter, template side: renders SheetDrafts as new worksheets (never overwriting an existing sheet). */
import type ExcelJS from 'exceljs';
import { columnLetters, rangeToA1 } from '../core/grid/address';
import type { DraftCell, DraftValidation, SheetDraft } from '../core/templates/draft';

/** Excel's limits: 31 characters, none of : \ / ? * [ ], names unique regardless of case. */
const MAX_SHEET_NAME = 31;
/** An inline list validation ("a,b,c") may not exceed 255 characters; longer lists go to a hidden sheet. */
const MAX_INLINE_LIST = 255;
const LIST_SHEET = 'budget-lint-lists';

/** Adds one worksheet per draft; returns the sheet names used (a draft's wanted name, made unique). */
export function writeDrafts(workbook: ExcelJS.Workbook, drafts: readonly SheetDraft[]): string[] {
  // Formulas are written without cached results, so Excel must compute them when it opens the file.
  workbook.calcProperties = { ...workbook.calcProperties, fullCalcOnLoad: true };
  return drafts.map((draft) => {
    const name = uniqueSheetName(
      draft.name,
      workbook.worksheets.map((w) => w.name),
    );
    const sheet = workbook.addWorksheet(name);
    draft.columnWidths.forEach((width, col) => {
      sheet.getColumn(col + 1).width = width;
    });
    for (const cell of draft.cells) writeCell(sheet.getCell(cell.row + 1, cell.col + 1), cell);
    for (const merge of draft.merges)
      if (merge.bottom > merge.top || merge.right > merge.left) sheet.mergeCells(rangeToA1(merge));
    for (const validation of draft.validations) addListValidation(workbook, sheet, validation);
    sheet.pageSetup = {
      ...sheet.pageSetup,
      orientation: draft.print.landscape ? 'landscape' : 'portrait',
      ...(draft.print.fitToWidth ? { fitToPage: true, fitToWidth: 1, fitToHeight: 0 } : {}),
      ...(draft.print.repeatRows
        ? { printTitlesRow: `${draft.print.repeatRows.top + 1}:${draft.print.repeatRows.bottom + 1}` }
        : {}),
    };
    if (draft.freeze) sheet.views = [{ state: 'frozen', ySplit: draft.freeze.rows, xSplit: draft.freeze.cols ?? 0 }];
    return name;
  });
}

/** `wanted` cleaned of forbidden characters, then "name (2)", "name (3)" … until unused. */
export function uniqueSheetName(wanted: string, existing: readonly string[]): string {
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  const base =
    wanted
      .replace(/[:\\/?*[\]]/g, '_')
      .replace(/^'+|'+$/g, '')
      .trim() || 'Sheet';
  let candidate = base.slice(0, MAX_SHEET_NAME);
  for (let n = 2; taken.has(candidate.toLowerCase()); n++) {
    const suffix = ` (${n})`;
    candidate = base.slice(0, MAX_SHEET_NAME - suffix.length) + suffix;
  }
  return candidate;
}

function writeCell(cell: ExcelJS.Cell, draft: DraftCell): void {
  if (draft.formula) {
    const formula = draft.formula.replace(/^=/, '');
    cell.value =
      draft.value === undefined || draft.value === null
        ? { formula }
        : ({ formula, result: draft.value } as ExcelJS.CellFormulaValue);
  } else if (draft.value !== undefined) cell.value = draft.value;
  const style: Partial<ExcelJS.Style> = {};
  if (draft.numberFormat) style.numFmt = draft.numberFormat;
  if (draft.bold) style.font = { bold: true };
  if (draft.align || draft.wrap)
    style.alignment = { vertical: 'middle', horizontal: draft.align, wrapText: draft.wrap || undefined };
  if (draft.fill) style.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argbOf(draft.fill) } };
  if (draft.border) {
    const thin: Partial<ExcelJS.Border> = { style: 'thin' };
    style.border = { top: thin, left: thin, bottom: thin, right: thin };
  }
  if (Object.keys(style).length > 0) cell.style = style;
}

/** "#RRGGBB" → exceljs "FFRRGGBB". */
function argbOf(hex: string): string {
  return `FF${hex.replace(/^#/, '').toUpperCase()}`;
}

function addListValidation(workbook: ExcelJS.Workbook, sheet: ExcelJS.Worksheet, validation: DraftValidation): void {
  const inline = validation.list.map((v) => v.replace(/"/g, '""')).join(',');
  const fitsInline = inline.length <= MAX_INLINE_LIST && !validation.list.some((v) => v.includes(','));
  const formula = fitsInline ? `"${inline}"` : listRange(workbook, validation.list);
  const { top, left, bottom, right } = validation.range;
  // exceljs keys validations by cell and merges equal neighbours into one range when writing.
  for (let row = top; row <= bottom; row++)
    for (let col = left; col <= right; col++)
      sheet.getCell(row + 1, col + 1).dataValidation = {
        type: 'list',
        allowBlank: true,
        formulae: [formula],
        showErrorMessage: true,
      };
}

/** Writes a long list into a column of a hidden helper sheet and returns an absolute reference to it. */
function listRange(workbook: ExcelJS.Workbook, list: readonly string[]): string {
  const lists = workbook.getWorksheet(LIST_SHEET) ?? workbook.addWorksheet(LIST_SHEET, { state: 'hidden' });
  const col = lists.actualColumnCount + 1;
  list.forEach((value, i) => {
    lists.getCell(i + 1, col).value = value;
  });
  const letters = columnLetters(col - 1);
  return `'${LIST_SHEET}'!$${letters}$1:$${letters}$${list.length}`;
}
