/**
 * Reading side of the .xlsx adapter (CLI, tests, playground): the streaming reader of src/xlsx/reader,
 * which presents a workbook as Office.js would. exceljs is not loaded here — only where files are written.
 */
import type { SheetGrid } from '../core/grid/types';
import { readWorkbook, type ReadLimits } from './reader';
import { readWorkbookPath } from './reader/file';

export { readWorkbook, UnreadableWorkbookError, DEFAULT_LIMITS } from './reader';
export type { WorkbookRead, ReadLimits, UnreadableCode } from './reader';
export { readWorkbookPath } from './reader/file';

/** The sheets of a workbook file; workbook-level warnings are dropped (use readWorkbookPath to get them). */
export async function readWorkbookFile(path: string, limits?: Partial<ReadLimits>): Promise<SheetGrid[]> {
  return (await readWorkbookPath(path, limits)).grids;
}

/** The sheets of workbook bytes; workbook-level warnings are dropped (use readWorkbook to get them). */
export async function readWorkbookBuffer(
  data: ArrayBuffer | Uint8Array,
  limits?: Partial<ReadLimits>,
): Promise<SheetGrid[]> {
  return readWorkbook(data, limits).grids;
}
