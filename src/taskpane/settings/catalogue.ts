/**
 * The 科目目录 as the pane stores it: plain (code, name) entries per classification, so it survives
 * JSON in workbook or browser settings; the Maps validateWorkbook needs are rebuilt from them.
 */
import { z } from 'zod';
import type { CatalogueResult, CodeCatalogue } from '../../core/catalogue';

export interface StoredCatalogue {
  /** The file it was imported from, as shown in 设置. */
  fileName: string;
  function: [code: string, name: string][];
  economic: [code: string, name: string][];
  /** zh-CN warnings from the import (already capped by the parser). */
  warnings: string[];
}

/** Stored JSON is untrusted: an entry whose code is not 3–7 digits is dropped. */
const entriesSchema = z
  .array(z.tuple([z.string(), z.string()]))
  .transform((entries) => entries.filter(([code]) => /^\d{3,7}$/.test(code)));

export const storedCatalogueSchema = z.object({
  fileName: z.string(),
  function: entriesSchema,
  economic: entriesSchema,
  warnings: z.array(z.string()).catch([]),
});

export function storeCatalogue(result: CatalogueResult, fileName: string): StoredCatalogue {
  return {
    fileName,
    function: [...result.catalogue.function],
    economic: [...result.catalogue.economic],
    warnings: result.warnings,
  };
}

/** The catalogue for validateWorkbook, or undefined (code/unknown stays silent) when none is loaded. */
export function codeCatalogueOf(stored: StoredCatalogue | undefined): CodeCatalogue | undefined {
  if (!stored) return undefined;
  return { function: new Map(stored.function), economic: new Map(stored.economic) };
}
