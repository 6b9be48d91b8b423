/** Loads the `--catalogue` file (csv/txt text, or an .xlsx workbook) into the 科目目录 that code/unknown checks against. */
import { promises as fs } from 'fs';
import type { CatalogueResult } from '../../core/catalogue';
import { catalogueFromGrids, decodeCatalogueBytes, parseCatalogueText } from '../../core/catalogue';
import { cliStrings } from '../../strings/cli';
import { readWorkbookFile } from '../../xlsx/read';
import { plainReason } from './describe';

const S = cliStrings.check;

/** The parsed catalogue (with its zh-CN warnings), or why it cannot be used. */
export type CatalogueLoad = CatalogueResult | { error: string; warnings: string[] };

export async function loadCatalogueFile(file: string): Promise<CatalogueLoad> {
  let result: CatalogueResult;
  try {
    result = /\.xlsx$/i.test(file)
      ? catalogueFromGrids(await readWorkbookFile(file))
      : parseCatalogueText(decodeCatalogueBytes(await fs.readFile(file)));
  } catch (error) {
    return { error: S.catalogueUnreadable(file, describe(error)), warnings: [] };
  }
  const { catalogue, warnings } = result;
  // A catalogue without codes would silently switch code/unknown off: the user asked for a check that cannot run.
  if (catalogue.function.size + catalogue.economic.size === 0) return { error: S.catalogueEmpty(file), warnings };
  return result;
}

function describe(error: unknown): string {
  if ((error as NodeJS.ErrnoException).code === 'EISDIR') return S.catalogueIsDirectory;
  return plainReason(error);
}
