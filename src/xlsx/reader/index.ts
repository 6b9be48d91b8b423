/**
 * The checking reader: .xlsx bytes → one SheetGrid per worksheet, in Node and in the browser alike (no Node
 * API here). Every limit is applied while streaming; what could not be read is said in zh-CN warnings, and a
 * file that is not a readable workbook is an UnreadableWorkbookError with a code.
 */
import type { SheetGrid } from '../../core/grid/types';
import { readerStrings } from '../../strings/reader';
import { cfbError, isCfb } from './cfb';
import { UnreadableWorkbookError } from './errors';
import { withDefaults, type ReadLimits } from './limits';
import { readSheet } from './sheet';
import { readSharedStrings } from './strings';
import { readStyles } from './styles';
import { readWorkbookMap } from './workbook';
import { openZip, type InflateBudget, type InflateRaw } from './zip';

export { UnreadableWorkbookError, type UnreadableCode } from './errors';
export { DEFAULT_LIMITS, type ReadLimits } from './limits';
export type { InflateRaw } from './zip';

export interface WorkbookRead {
  grids: SheetGrid[];
  /** About the workbook as a whole (sheet-level notes are in each grid's readWarnings). */
  warnings: string[];
}

/** `inflateRaw`: the platform's one-shot inflate when it has a fast one (Node: zlib); fflate otherwise. */
export function readWorkbook(
  data: Uint8Array | ArrayBuffer,
  limits?: Partial<ReadLimits>,
  inflateRaw?: InflateRaw,
): WorkbookRead {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  const L = withDefaults(limits);
  try {
    return readZipWorkbook(bytes, L, inflateRaw);
  } catch (error) {
    if (error instanceof UnreadableWorkbookError) throw error;
    // Anything else is a defect in a damaged file's handling; the user still gets a sentence, not internals.
    throw new UnreadableWorkbookError('corrupt', readerStrings.unreadable.corrupt);
  }
}

/** The reader without its last safety net, for tests that prove no other error escapes it. */
export function readZipWorkbook(bytes: Uint8Array, limits: ReadLimits, inflateRaw?: InflateRaw): WorkbookRead {
  if (isCfb(bytes)) throw cfbError(bytes);
  const zip = openZip(bytes);
  const budget: InflateBudget = { limits, used: 0, inflateRaw };
  const map = readWorkbookMap(zip, budget);
  const W = readerStrings.workbook;
  const warnings: string[] = [];
  if (map.charts) warnings.push(W.chartsIgnored(map.charts));

  const strings = readSharedStrings(zip, map.sharedStrings, budget, limits);
  if (strings.truncated) warnings.push(W.stringsTruncated(strings.strings.length));
  else if (strings.end === 'malformed' || strings.end === 'damaged') warnings.push(W.stringsUnreadable);
  const formats = readStyles(zip, map.styles, budget);
  if (formats.end !== 'complete' && formats.end !== 'missing') warnings.push(W.stylesUnreadable);

  const ctx = { zip, budget, limits, formats, strings, date1904: map.date1904 };
  const grids = map.sheets.map((sheet) => readSheet(ctx, sheet.name, sheet.part, sheet.visibility));
  return { grids, warnings };
}
