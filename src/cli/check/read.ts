/**
 * The one read call of `check`: a workbook file → its grids (streaming reader, src/xlsx/reader), plus the
 * workbook for writing an annotated copy. exceljs is loaded in `forWriting` only, when a copy is asked for.
 */
import type ExcelJS from 'exceljs';
import type { SheetGrid } from '../../core/grid/types';
import { readWorkbookPath } from '../../xlsx/read';

export interface ReadForCheck {
  grids: SheetGrid[];
  /** Workbook-level read warnings (caps hit, parts skipped), zh-CN. */
  warnings: string[];
  /** The workbook as exceljs models it, to paint and save a copy; never the input file itself. */
  forWriting(): Promise<ExcelJS.Workbook>;
}

export async function readForCheck(file: string): Promise<ReadForCheck> {
  const { grids, warnings } = await readWorkbookPath(file);
  return {
    grids,
    warnings,
    forWriting: async () => {
      const { loadEditableWorkbook } = await import('../../xlsx/editable');
      return loadEditableWorkbook(file);
    },
  };
}
