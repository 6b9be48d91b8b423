/** Findings and reports: plain data that serializes as it is (the JSON contract of DESIGN.md §5). */
import type { CellValue } from '../grid/types';

export type Severity = 'error' | 'warning' | 'info';

export interface CellRef {
  sheet: string;
  cell: string;
}

/** Rows a quick fix inserts above `beforeRow` (0-based) of `sheet`; hosts apply it, the core only proposes. */
export interface InsertRowsFix {
  kind: 'insert-rows';
  description: string;
  sheet: string;
  beforeRow: number;
  /** Values of the new rows, starting at column `startCol` (0-based). */
  startCol: number;
  rows: CellValue[][];
}

export type Fix = InsertRowsFix;

export interface Finding {
  ruleId: string;
  severity: Severity;
  sheet: string;
  /** A1 address of the cell the finding is about (the top-left one for a range). */
  cell: string;
  range?: string;
  /** zh-CN: what is wrong, where, and the expected value. */
  message: string;
  expected?: string;
  actual?: string;
  related?: CellRef[];
  fix?: Fix;
  /** 出错说明 stored in the workbook for this warning (src/core/explanations.ts); stale when the value changed. */
  explanation?: FindingExplanation;
}

export interface FindingExplanation {
  text: string;
  stale: boolean;
  author?: string;
  date?: string;
}

export interface TableSummary {
  sheet: string;
  kind: string;
  range: string;
  unit?: string;
  title?: string;
  /** Budget year and 编制单位 the table states (the pane's header shows them). */
  year?: number;
  unitName?: string;
}

export interface SkippedSheet {
  sheet: string;
  /** zh-CN reason. */
  reason: string;
  /**
   * A visible sheet with content that no table could be read from: while any exists, no host may show the
   * all-clear. Absent for empty sheets, sheets the user chose to skip and hidden stale copies.
   */
  unchecked?: true;
}

export interface Report {
  tables: TableSummary[];
  skipped: SkippedSheet[];
  /** zh-CN notes about input the engine could only partly read (never fatal). */
  warnings: string[];
  findings: Finding[];
  /** `warnings` counts the warnings that still block publishing: explained ones are in `explained`. */
  summary: { errors: number; warnings: number; infos: number; sheets: number; explained?: number };
}

export function summarize(findings: Finding[]): { errors: number; warnings: number; infos: number } {
  const counts = { errors: 0, warnings: 0, infos: 0 };
  for (const f of findings) {
    if (f.severity === 'error') counts.errors++;
    else if (f.severity === 'warning') counts.warnings++;
    else counts.infos++;
  }
  return counts;
}
