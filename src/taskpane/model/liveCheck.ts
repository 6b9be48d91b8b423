/** 边改边查 (DESIGN §5): which edits call for a background re-check — only those inside a recognized table. */
import { parseRangeA1 } from '../../core/grid/address';
import type { CellRange } from '../../core/grid/types';
import type { CellChange } from '../../core/host';
import type { Report } from '../../core/report/types';

/** Quiet time after the last edit before re-checking: typing a number is several edits in a row. */
export const LIVE_CHECK_DELAY_MS = 400;

export function touchesTable(report: Report, changes: readonly CellChange[]): boolean {
  return changes.some((change) => {
    const edited = rangeOf(change.address);
    return (
      edited !== undefined &&
      report.tables.some((t) => {
        const table = t.sheet === change.sheet ? rangeOf(t.range) : undefined;
        return table !== undefined && overlaps(table, edited);
      })
    );
  });
}

function rangeOf(address: string): CellRange | undefined {
  try {
    // Office reports "Sheet1!B3:C4" in some events; the sheet is known separately.
    return parseRangeA1(address.slice(address.lastIndexOf('!') + 1).replace(/\$/g, ''));
  } catch {
    return undefined;
  }
}

function overlaps(a: CellRange, b: CellRange): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}
