/**
 * The one read call of `check`: a workbook file → its grids, plus the workbook for writing an annotated copy.
 * Today exceljs reads (src/xlsx/read.ts) and the same object is written back; the streaming reader replaces
 * `readForCheck`'s body alone, loading exceljs in `forWriting` only when a copy is asked for.
 */
import type ExcelJS from 'exceljs';
import type { SheetGrid } from '../../core/grid/types';
import { gridsOfWorkbook, loadWorkbookFile } from '../../xlsx/read';

export interface ReadForCheck {
  grids: SheetGrid[];
  /** The workbook as exceljs models it, to paint and save a copy; never the input file itself. */
  forWriting(): Promise<ExcelJS.Workbook>;
}

export async function readForCheck(file: string): Promise<ReadForCheck> {
  const workbook = await loadWorkbookFile(file);
  return { grids: gridsOfWorkbook(workbook), forWriting: async () => workbook };
}
