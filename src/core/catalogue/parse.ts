/** The catalogue entry points hosts call: csv text, one sheet, or every sheet of a workbook. */
import type { SheetGrid } from '../grid/types';
import { splitCsv } from './csv';
import type { CatalogueRow } from './rows';
import { catalogueFromRows } from './rows';
import type { CatalogueResult } from './types';

/** A catalogue from csv/tsv text ("code,name" lines, header optional): "2013701,行政运行". */
export function parseCatalogueText(text: string): CatalogueResult {
  return catalogueFromRows([splitCsv(text).map((cells, i) => ({ cells, where: `第 ${i + 1} 行` }))]);
}

/** A catalogue from the first two columns of a sheet's used range (header row optional). */
export function catalogueFromGrid(grid: SheetGrid): CatalogueResult {
  return catalogueFromRows([gridRows(grid)]);
}

/** One catalogue from all sheets of a workbook (e.g. a 功能分类 sheet and a 经济分类 sheet). */
export function catalogueFromGrids(grids: readonly SheetGrid[]): CatalogueResult {
  return catalogueFromRows(grids.map(gridRows));
}

function gridRows(grid: SheetGrid): CatalogueRow[] {
  return grid.values.map((cells, i) => ({ cells, where: `工作表“${grid.name}”第 ${grid.origin.row + i + 1} 行` }));
}
