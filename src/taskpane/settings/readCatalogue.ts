/** Parses a 科目目录 file the user picked, in the browser (never uploaded): csv/txt text, or an .xlsx workbook. */
import type { CatalogueResult } from '../../core/catalogue';
import { catalogueFromGrids, decodeCatalogueBytes, parseCatalogueText } from '../../core/catalogue';

export async function readCatalogueFile(file: File): Promise<CatalogueResult> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (!/\.xlsx$/i.test(file.name)) return parseCatalogueText(decodeCatalogueBytes(bytes));
  // Loaded only when someone imports a workbook catalogue (never at pane start in Excel).
  const { readWorkbook } = await import(/* webpackChunkName: "xlsx-read" */ '../../xlsx/reader');
  return catalogueFromGrids(readWorkbook(bytes).grids);
}
