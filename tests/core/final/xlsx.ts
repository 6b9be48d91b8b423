/** Writes fixture grids to an .xlsx file through the production template writer (src/xlsx/write.ts), for CLI tests. */
import ExcelJS from 'exceljs';
import type { SheetGrid } from '../../../src/core/grid/types';
import type { DraftCell, SheetDraft } from '../../../src/core/templates/draft';
import { writeDrafts } from '../../../src/xlsx/write';

/** A grid as a sheet draft: its values (in the General format, as many published files have them), merges, widths. */
export function gridToDraft(grid: SheetGrid): SheetDraft {
  const cells: DraftCell[] = [];
  grid.values.forEach((line, r) =>
    line.forEach((value, c) => {
      if (value === null || value === '') return;
      const row = grid.origin.row + r;
      const col = grid.origin.col + c;
      cells.push({ row, col, value });
    }),
  );
  const width = Math.max(...grid.values.map((line) => line.length));
  return {
    name: grid.name,
    cells,
    merges: grid.merges.map((m) => ({ ...m })),
    columnWidths: Array.from({ length: width }, (_, c) => (c === 0 || c === 1 ? 28 : 14)),
    validations: [],
    print: { landscape: width > 6, fitToWidth: true },
  };
}

export async function writeFinalXlsx(grids: readonly SheetGrid[], file: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  writeDrafts(workbook, grids.map(gridToDraft));
  await workbook.xlsx.writeFile(file);
}
