/** Applies a quick fix (indicator/required-missing): inserts the missing rows with their labels, highlighted for the user to fill. */
import { rangeToA1 } from '../core/grid/address';
import type { InsertRowsFix } from '../core/report/types';
import { shiftMarks, type MarkRecord, type MarkStore } from './marks';

/** A soft yellow that says "fill me in" and differs from every finding tint. */
export const FIX_FILL = '#FFF2CC';

/** Inserts the rows, keeps the mark record pointing at the moved cells, selects the first new cell; returns the new rows' A1 range. */
export async function applyFixIn(
  context: Excel.RequestContext,
  store: MarkStore,
  fix: InsertRowsFix,
  record?: MarkRecord,
): Promise<{ range: string; record: MarkRecord }> {
  let current = record;
  if (!current) {
    const load = store.load(context);
    await context.sync();
    current = load();
  }
  const count = fix.rows.length;
  const width = Math.max(1, ...fix.rows.map((row) => row.length));
  const sheet = context.workbook.worksheets.getItem(fix.sheet);
  sheet.getRange(`${fix.beforeRow + 1}:${fix.beforeRow + count}`).insert('Down');
  const area = {
    top: fix.beforeRow,
    left: fix.startCol,
    bottom: fix.beforeRow + count - 1,
    right: fix.startCol + width - 1,
  };
  const range = sheet.getRange(rangeToA1(area));
  range.values = fix.rows.map((row) => Array.from({ length: width }, (_, c) => row[c] ?? ''));
  range.format.fill.color = FIX_FILL;
  const next = shiftMarks(current, fix.sheet, fix.beforeRow, count);
  store.save(context, next);
  sheet.activate();
  sheet.getRange(rangeToA1({ ...area, bottom: area.top, right: area.left })).select();
  await context.sync();
  await store.flush();
  return { range: rangeToA1(area), record: next };
}
