/**
 * 出错说明 (DESIGN §5): a user's answer to a warning, stored in the workbook itself — a very hidden sheet
 * every reader sees (Office.js from ExcelApi 1.1, exceljs, the streaming reader) — so the pane, the
 * exported report and the CLI all show it. An explanation is keyed by rule, sheet and cell and carries a
 * fingerprint of the cell's value: while the value is unchanged it holds across re-validation and
 * save/reopen; once the value changes it is shown as stale and the warning counts again. Errors
 * (强制性) cannot be explained away.
 */
import { valueAt } from './grid/access';
import { parseA1 } from './grid/address';
import type { CellValue, SheetGrid } from './grid/types';
import type { Finding, Report } from './report/types';

/** Sheets whose names start with this belong to budget-lint; validation never checks or reports them. */
export const INTERNAL_SHEET_PREFIX = '_budget_lint';
export const EXPLANATIONS_SHEET = '_budget_lint_说明';
/** The first row of the sheet: a versioned header, so a later layout can be told apart. */
export const EXPLANATIONS_HEADER = ['budget-lint 出错说明 v1', '工作表', '单元格', '值指纹', '说明', '填写人', '日期'];

export interface Explanation {
  ruleId: string;
  sheet: string;
  cell: string;
  /** fingerprintOf(the cell's value) when the explanation was written. */
  fingerprint: string;
  text: string;
  author?: string;
  date?: string;
}

export function isInternalSheet(name: string): boolean {
  return name.startsWith(INTERNAL_SHEET_PREFIX);
}

/** Short and stable across readers: the value's type and text, hashed (FNV-1a, 32 bits). */
export function fingerprintOf(value: CellValue): string {
  const text = value === null || value === '' ? 'empty' : `${typeof value}:${String(value)}`;
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** The value of a finding's cell (its top-left cell for a range), or null when it is outside the grid. */
export function findingValue(grids: readonly SheetGrid[], finding: Pick<Finding, 'sheet' | 'cell'>): CellValue {
  const grid = grids.find((g) => g.name === finding.sheet);
  if (!grid) return null;
  try {
    const { row, col } = parseA1(finding.cell);
    return valueAt(grid, row, col);
  } catch {
    return null;
  }
}

/** Only warnings can be explained; everything else is 强制性 or informational. */
export function canExplain(finding: Pick<Finding, 'severity'>): boolean {
  return finding.severity === 'warning';
}

export function explanationKey(e: Pick<Explanation, 'ruleId' | 'sheet' | 'cell'>): string {
  return `${e.ruleId}\u0000${e.sheet}\u0000${e.cell}`;
}

/** Rows of the explanations sheet, header first; every cell is text. */
export function explanationRows(explanations: readonly Explanation[]): string[][] {
  return [
    EXPLANATIONS_HEADER,
    ...explanations.map((e) => [e.ruleId, e.sheet, e.cell, e.fingerprint, e.text, e.author ?? '', e.date ?? '']),
  ];
}

/** Explanations stored in a workbook's grids (none when the sheet is absent or not ours). */
export function readExplanations(grids: readonly SheetGrid[]): Explanation[] {
  const grid = grids.find((g) => g.name === EXPLANATIONS_SHEET);
  if (!grid || grid.origin.row !== 0 || grid.origin.col !== 0) return [];
  const cell = (row: CellValue[], col: number) => (row[col] === null || row[col] === undefined ? '' : String(row[col]));
  const [header, ...rows] = grid.values;
  if (!header || cell(header, 0) !== EXPLANATIONS_HEADER[0]) return [];
  const explanations: Explanation[] = [];
  for (const row of rows) {
    const [ruleId, sheet, address, fingerprint, text, author, date] = EXPLANATIONS_HEADER.map((_, i) => cell(row, i));
    if (!ruleId || !sheet || !address || !text.trim()) continue;
    explanations.push({
      ruleId,
      sheet,
      cell: address,
      fingerprint,
      text,
      ...(author ? { author } : {}),
      ...(date ? { date } : {}),
    });
  }
  return explanations;
}

/**
 * Attaches each explanation to its warning (stale when the cell's value changed) and recounts: an
 * explained warning that is still current leaves `summary.warnings` (the count that blocks publishing)
 * and is counted in `summary.explained`.
 */
export function applyExplanations(
  report: Report,
  explanations: readonly Explanation[],
  grids: readonly SheetGrid[],
): Report {
  const byKey = new Map(explanations.map((e) => [explanationKey(e), e]));
  let explained = 0;
  const findings = report.findings.map((finding) => {
    const found = canExplain(finding) ? byKey.get(explanationKey(finding)) : undefined;
    if (!found) return finding;
    const stale = found.fingerprint !== fingerprintOf(findingValue(grids, finding));
    if (!stale) explained++;
    const { text, author, date } = found;
    return { ...finding, explanation: { text, stale, ...(author ? { author } : {}), ...(date ? { date } : {}) } };
  });
  return {
    ...report,
    findings,
    summary: { ...report.summary, warnings: report.summary.warnings - explained, explained },
  };
}

/** A new list with `explanation` recorded for `finding` (replacing an earlier one), or removed when text is blank. */
export function withExplanation(
  explanations: readonly Explanation[],
  finding: Finding,
  text: string,
  grids: readonly SheetGrid[],
  stamp: { author?: string; date?: string } = {},
): Explanation[] {
  if (!canExplain(finding)) throw new Error('只有警告（提示性问题）可以填写出错说明；错误必须改正。');
  const key = explanationKey(finding);
  const others = explanations.filter((e) => explanationKey(e) !== key);
  const trimmed = text.trim();
  if (!trimmed) return others;
  const { ruleId, sheet, cell } = finding;
  return [
    ...others,
    { ruleId, sheet, cell, fingerprint: fingerprintOf(findingValue(grids, finding)), text: trimmed, ...stamp },
  ];
}
