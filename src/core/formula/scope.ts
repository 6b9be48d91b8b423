/**
 * Formulas that are valid in Excel but cannot be computed from one sheet's grid: references to other
 * sheets or workbooks ("Sheet2!A1", "[1]Sheet1!A1") and reference-building functions (INDIRECT, OFFSET).
 * They are named as such, never reported as syntax errors.
 */

/** Function names whose result is a reference computed at run time. */
const DYNAMIC_REFERENCE = /\b(?:INDIRECT|OFFSET)\s*\(/i;

/** zh-CN reason why `formula` cannot be computed here, or undefined when it may be. */
export function outOfScopeReason(formula: string): string | undefined {
  // String literals may hold "!" or "[" as plain text; only the formula's own syntax counts.
  const code = formula.replace(/"(?:[^"]|"")*"/g, '""');
  if (/\[[^\]]*\]/.test(code)) return '引用其他工作簿';
  if (code.includes('!')) return '引用其他工作表';
  if (DYNAMIC_REFERENCE.test(code)) return 'INDIRECT/OFFSET 动态引用';
  return undefined;
}
