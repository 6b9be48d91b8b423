/** The JSON contract of `check --format json` (DESIGN.md §5): files with tables and findings, and total counts. */
import type { Finding } from '../../core/report/types';
import type { FileResult } from './checkFile';
import { totals } from './textReport';

export interface JsonTable {
  sheet: string;
  kind: string;
  range: string;
  unit: string | null;
}

export interface JsonFile {
  file: string;
  tables: JsonTable[];
  findings: Finding[];
  /** zh-CN reason, only for a file that could not be read. */
  error?: string;
}

export interface JsonReport {
  files: JsonFile[];
  summary: { errors: number; warnings: number; infos: number };
}

export function jsonReport(results: readonly FileResult[]): JsonReport {
  return {
    files: results.map((result) =>
      'error' in result
        ? { file: result.file, error: result.error, tables: [], findings: [] }
        : {
            file: result.file,
            tables: result.report.tables.map((t) => ({
              sheet: t.sheet,
              kind: t.kind,
              range: t.range,
              unit: t.unit ?? null,
            })),
            findings: result.report.findings,
          },
    ),
    summary: totals(results),
  };
}
