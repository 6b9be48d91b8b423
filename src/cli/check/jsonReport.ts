/**
 * The JSON contracts of `check` (DESIGN.md §5): `--format json` is one document with every file and the totals;
 * `--format jsonl` is one record per line — a `file` record per file as it is done, then one `summary` record.
 */
import type { Finding, SkippedSheet } from '../../core/report/types';
import type { FileResult } from './checkFile';
import { tallyOf } from './tally';
import type { Tally } from './tally';

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
  /** zh-CN notes on what could only partly be read (the text report's 读取提示). */
  warnings: string[];
  /** Sheets not checked, with the zh-CN reason. */
  skipped: SkippedSheet[];
  /** zh-CN reason, only for a file that could not be read. */
  error?: string;
  /** With --annotate: the copy written, or why none was. */
  annotation?: { target: string; painted: number } | { error: string };
}

export interface JsonSummary {
  errors: number;
  warnings: number;
  infos: number;
}

export interface JsonReport {
  files: JsonFile[];
  summary: JsonSummary;
}

export type JsonLine =
  ({ type: 'file' } & JsonFile) | ({ type: 'summary'; files: number; unreadable: number } & JsonSummary);

export function jsonFile(result: FileResult): JsonFile {
  if ('error' in result)
    return { file: result.file, error: result.error, tables: [], findings: [], warnings: [], skipped: [] };
  const { report } = result;
  return {
    file: result.file,
    tables: report.tables.map((t) => ({ sheet: t.sheet, kind: t.kind, range: t.range, unit: t.unit ?? null })),
    findings: report.findings,
    warnings: report.warnings,
    skipped: report.skipped,
    ...(result.annotation ? { annotation: result.annotation } : {}),
  };
}

export function jsonReport(results: readonly FileResult[]): JsonReport {
  const { errors, warnings, infos } = tallyOf(results);
  return { files: results.map(jsonFile), summary: { errors, warnings, infos } };
}

/** One line of jsonl: JSON.stringify escapes newlines, so a record never spans lines whatever the cells hold. */
export function jsonLine(record: JsonLine): string {
  return `${JSON.stringify(record)}\n`;
}

export function summaryLine(tally: Tally): JsonLine {
  return { type: 'summary', ...tally };
}
