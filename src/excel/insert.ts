/** Renders template drafts as new worksheets — unique names, never over an existing sheet — in two syncs. */
import { columnLetters, rangeToA1, toA1 } from '../core/grid/address';
import type { CellRange } from '../core/grid/types';
import type { DraftCell, DraftValidation, SheetDraft } from '../core/templates/draft';
import type { HostCapabilities } from './capabilities';
import { uniqueSheetName } from './sheet-names';

/** Excel's default column (8.43 characters) is 48 points wide. */
const POINTS_PER_CHAR = 48 / 8.43;

/** Excel refuses an inline dropdown source longer than 255 characters. */
const MAX_INLINE_LIST = 255;

const ALIGN = { left: 'Left', center: 'Center', right: 'Right' } as const;

export async function insertDraftsIn(
  context: Excel.RequestContext,
  caps: HostCapabilities,
  drafts: SheetDraft[],
): Promise<string[]> {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name');
  await context.sync();
  const taken = worksheets.items.map((sheet) => sheet.name);
  const names: string[] = [];
  let first: Excel.Worksheet | undefined;
  for (const draft of drafts) {
    const name = uniqueSheetName(draft.name, taken);
    taken.push(name);
    names.push(name);
    const sheet = worksheets.add(name);
    first ??= sheet;
    renderDraft(sheet, draft, caps);
  }
  first?.activate();
  await context.sync();
  return names;
}

function renderDraft(sheet: Excel.Worksheet, draft: SheetDraft, caps: HostCapabilities): void {
  const box = boundsOf(draft.cells);
  if (box) writeContents(sheet, draft.cells, box);
  for (const cell of draft.cells)
    if (cell.bold || cell.align || cell.wrap || cell.fill || cell.border)
      styleCell(sheet.getRange(toA1(cell.row, cell.col)), cell);
  if (caps.canMerge) {
    for (const merge of draft.merges) sheet.getRange(rangeToA1(merge)).merge(false);
    draft.columnWidths.forEach((chars, col) => {
      const letters = columnLetters(col);
      sheet.getRange(`${letters}:${letters}`).format.columnWidth = Math.round(chars * POINTS_PER_CHAR * 10) / 10;
    });
  }
  if (caps.canValidateData) {
    let helperCol = (box?.right ?? 0) + 2;
    for (const validation of draft.validations) {
      const source = listSource(sheet, validation, helperCol, caps);
      if (source.startsWith('=')) helperCol++;
      sheet.getRange(rangeToA1(validation.range)).dataValidation.rule = { list: { inCellDropDown: true, source } };
    }
  }
  if (caps.canFreezePanes && draft.freeze && draft.freeze.rows > 0) {
    if (draft.freeze.cols)
      sheet.freezePanes.freezeAt(sheet.getRange(`A1:${toA1(draft.freeze.rows - 1, draft.freeze.cols - 1)}`));
    else sheet.freezePanes.freezeRows(draft.freeze.rows);
  }
  if (caps.canSetupPrint) {
    sheet.pageLayout.orientation = draft.print.landscape ? 'Landscape' : 'Portrait';
    if (draft.print.fitToWidth) sheet.pageLayout.zoom = { horizontalFitToPages: 1 };
    const repeat = draft.print.repeatRows;
    if (repeat) sheet.pageLayout.setPrintTitleRows(`$${repeat.top + 1}:$${repeat.bottom + 1}`);
  }
}

function boundsOf(cells: DraftCell[]): CellRange | null {
  if (cells.length === 0) return null;
  return {
    top: 0,
    left: 0,
    bottom: Math.max(...cells.map((c) => c.row)),
    right: Math.max(...cells.map((c) => c.col)),
  };
}

/** One write of number formats, then one of contents (formats first, so "@" text cells stay text). */
function writeContents(sheet: Excel.Worksheet, cells: DraftCell[], box: CellRange): void {
  const rows = box.bottom + 1;
  const cols = box.right + 1;
  const formats = Array.from({ length: rows }, () => new Array<string>(cols).fill('General'));
  const contents = Array.from({ length: rows }, () => new Array<string | number | boolean>(cols).fill(''));
  for (const cell of cells) {
    if (cell.numberFormat) formats[cell.row][cell.col] = cell.numberFormat;
    contents[cell.row][cell.col] = contentOf(cell, formats[cell.row][cell.col]);
  }
  const range = sheet.getRange(rangeToA1(box));
  range.numberFormat = formats;
  range.formulas = contents;
}

/** Text that Excel would parse as a number or formula is written with a leading apostrophe, as a user would type it. */
function contentOf(cell: DraftCell, format: string): string | number | boolean {
  if (cell.formula) return cell.formula;
  const value = cell.value;
  if (value === null || value === undefined) return '';
  if (typeof value !== 'string' || format === '@') return value;
  return /^[=+\-@]|^\s*[\d.,]+%?\s*$/.test(value) ? `'${value}` : value;
}

function styleCell(range: Excel.Range, cell: DraftCell): void {
  if (cell.bold) range.format.font.bold = true;
  if (cell.align) range.format.horizontalAlignment = ALIGN[cell.align];
  if (cell.wrap) range.format.wrapText = true;
  if (cell.fill) range.format.fill.color = cell.fill;
  if (cell.border)
    for (const edge of ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'] as const)
      range.format.borders.getItem(edge).style = 'Continuous';
}

/** An inline list where it fits; otherwise the items go to a hidden helper column referenced by the rule. */
function listSource(
  sheet: Excel.Worksheet,
  validation: DraftValidation,
  helperCol: number,
  caps: HostCapabilities,
): string {
  const inline = validation.list.map((item) => item.replace(/,/g, '，')).join(',');
  if (inline.length <= MAX_INLINE_LIST) return inline;
  const letters = columnLetters(helperCol);
  const range = sheet.getRange(`${letters}1:${letters}${validation.list.length}`);
  range.values = validation.list.map((item) => [item]);
  if (caps.canMerge) sheet.getRange(`${letters}:${letters}`).columnHidden = true;
  return `=$${letters}$1:$${letters}$${validation.list.length}`;
}
