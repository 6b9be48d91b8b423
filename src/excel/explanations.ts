/**
 * Writes the 出错说明 sheet (src/core/explanations.ts) in at most three syncs, with ExcelApi 1.1 calls
 * only: find or add the sheet, learn how many rows it held, overwrite them all as text. The sheet is
 * very hidden where the host can set visibility (ExcelApi 1.2); on 1.1 it stays visible — still read by
 * every reader, never checked.
 */
import { EXPLANATIONS_HEADER, EXPLANATIONS_SHEET, explanationRows, type Explanation } from '../core/explanations';
import { columnLetters } from '../core/grid/address';
import type { HostCapabilities } from './capabilities';

export async function writeExplanationsIn(
  context: Excel.RequestContext,
  caps: HostCapabilities,
  explanations: readonly Explanation[],
): Promise<void> {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name');
  await context.sync();
  let sheet = worksheets.items.find((item) => item.name === EXPLANATIONS_SHEET);
  let previousRows = 0;
  if (sheet) {
    const used = sheet.getUsedRange();
    used.load('rowIndex,rowCount');
    await context.sync();
    previousRows = used.rowIndex + used.rowCount;
  } else {
    sheet = worksheets.add(EXPLANATIONS_SHEET);
    if (caps.canHideSheets) sheet.visibility = 'VeryHidden';
  }
  const rows = explanationRows(explanations);
  const width = EXPLANATIONS_HEADER.length;
  // Rows left from a longer list are blanked, so a removed explanation does not come back.
  const height = Math.max(rows.length, previousRows);
  const values = Array.from({ length: height }, (_, r) => Array.from({ length: width }, (_, c) => rows[r]?.[c] ?? ''));
  const range = sheet.getRange(`A1:${columnLetters(width - 1)}${height}`);
  // Text format first: an explanation starting with "=" or digits is kept as typed, never run or converted.
  range.numberFormat = values.map((row) => row.map(() => '@'));
  range.values = values;
  await context.sync();
}
