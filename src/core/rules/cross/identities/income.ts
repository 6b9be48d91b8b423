/**
 * Income identities: the 收支总表's income lines equal the 收入总表's 合计 row by source, and the
 * fiscal sources it names equal the 财政拨款收支总表's income lines.
 */
import type { AmountRole, IncomeSource } from '../../../tables/budget/model';
import { FISCAL_SOURCES, OTHER_SOURCES, SOURCE_LABELS } from '../../../tables/budget/vocabulary';
import { KIND_LABELS } from '../../../tables/kinds';
import type { TableSet } from '../../../tables/models';
import type { Comparison } from '../compare';
import { sumOf } from '../quantity';
import type { Quantity } from '../quantity';
import { hasRole, lineQuantity, sourceLine, totalQuantity } from '../tables';

/** 收支总表 income lines = 收入总表 合计 row, source by source (the three fiscal ones together when the 收入总表 has only 财政拨款). */
export function summaryVsIncome(set: TableSet): Comparison[] {
  const summary = set.get('summary');
  const income = set.get('income');
  if (!summary || !income) return [];
  const side = summary.income;
  const out: Comparison[] = [];
  const push = (subject: string, actual: Quantity | null, expected: Quantity | null) => {
    if (actual && expected) out.push({ subject, actual, expected });
  };
  const byRole = (role: AmountRole) => (hasRole(income, role) ? totalQuantity(income, role) : null);
  const line = (source: IncomeSource) => lineQuantity(summary, sourceLine(side, source));
  const hasColumn = (role: AmountRole) => income.columns.some((c) => c.role === role);

  if (FISCAL_SOURCES.some(hasColumn)) {
    for (const source of FISCAL_SOURCES)
      if (hasColumn(source)) push(`${sourceName(source)}收入`, byRole(source), line(source));
  } else if (hasColumn('fiscal')) {
    const parts = FISCAL_SOURCES.map(line).filter((q): q is Quantity => q !== null);
    push('财政拨款收入', byRole('fiscal'), sumOf(parts, `${KIND_LABELS[summary.kind]} 三项财政拨款收入之和`));
  }
  for (const source of OTHER_SOURCES) push(`${sourceName(source)}`, byRole(source), line(source));
  // Without 小计 and 结转 columns (a 收入决算表) the 合计 column is the year's income alone.
  const yearOnly = !hasColumn('subtotal') && !hasColumn('carryover');
  push('本年收入合计', byRole(yearOnly ? 'total' : 'subtotal'), lineQuantity(summary, side.yearTotal));
  push('上年结转', byRole('carryover'), lineQuantity(summary, side.carryover));
  if (!yearOnly) push('收入总计', byRole('total'), lineQuantity(summary, side.grandTotal));
  return out;
}

/** 收支总表 一般公共预算/基金/国资 income lines = 财政拨款收支总表 income lines of the same sources. */
export function summaryVsFiscalIncome(set: TableSet): Comparison[] {
  const summary = set.get('summary');
  const fiscal = set.get('fiscal-summary');
  if (!summary || !fiscal) return [];
  const out: Comparison[] = [];
  for (const source of FISCAL_SOURCES) {
    const actual = lineQuantity(fiscal, sourceLine(fiscal.income, source));
    const expected = lineQuantity(summary, sourceLine(summary.income, source));
    if (actual && expected) out.push({ subject: `${sourceName(source)}拨款收入`, actual, expected });
  }
  return out;
}

function sourceName(source: IncomeSource): string {
  return SOURCE_LABELS[source];
}
