/** Runs chosen rules over grids through the real pipeline (recognize → build → check). */
import type { CodeCatalogue } from '../../../src/core/catalogue';
import type { SheetGrid } from '../../../src/core/grid/types';
import type { Finding } from '../../../src/core/report/types';
import type { Rule } from '../../../src/core/rules/types';
import { validateWorkbook } from '../../../src/core/validate';

export interface RunOptions {
  /** Regional profile id; undefined lets the engine detect it, as in production. */
  profile?: string;
  catalogue?: CodeCatalogue;
}

/** Findings of `rules` on `grids`; fails the test when the engine had to skip a table or a rule. */
export function findingsOf(
  grids: readonly SheetGrid[],
  rules: Rule | readonly Rule[],
  options: RunOptions = {},
): Finding[] {
  const report = validateWorkbook(grids, { ...options, rules: ([] as Rule[]).concat(rules) });
  const crashes = report.warnings.filter((w) => /运行出错|无法完整读取/.test(w));
  if (crashes.length > 0) throw new Error(crashes.join('\n'));
  return report.findings;
}

/** "sheet!cell" keys of findings, in report order, for compact assertions. */
export function where(findings: readonly Finding[]): string[] {
  return findings.map((f) => `${f.sheet}!${f.cell}`);
}
