/**
 * Spending by 类: each 类 line of a 收支总表's expenditure side equals the 类 row of the coded
 * table that itemizes it (部门支出总表 for 部门收支总表; the 一般公共预算/基金/国资 tables for the
 * 财政拨款收支总表's columns). Lines are matched to rows by their 类 code, derived from the name.
 */
import type { AmountRole, CodeTable, SummaryTable } from '../../../tables/budget/model';
import { KIND_LABELS } from '../../../tables/kinds';
import type { TableSet } from '../../../tables/models';
import type { Comparison } from '../compare';
import { functionClassOf } from '../function-classes';
import { absentLineQuantity, cellQuantity } from '../quantity';
import { lineQuantity } from '../tables';

export function classComparisons(summary: SummaryTable, role: AmountRole, table: CodeTable): Comparison[] {
  const lines = summary.expenditure.lines
    .filter((line) => line.depth === 0)
    .map((line) => ({ line, code: functionClassOf(line.name) }))
    .filter((entry): entry is { line: (typeof entry)['line']; code: string } => entry.code !== null);
  // A summary that lists its spending otherwise (基本支出/项目支出, 经济分类) has nothing to match.
  if (lines.length === 0) return [];
  const rows = new Map(table.codeRows.filter((r) => r.level === 'class').map((r) => [r.code, r]));
  const tableName = KIND_LABELS[table.kind];
  const out: Comparison[] = [];
  for (const { line, code } of lines) {
    const actual = lineQuantity(summary, line, role);
    if (!actual) continue;
    const row = rows.get(code);
    const expected = row
      ? cellQuantity(table, row.amounts.total, `${tableName} ${row.code} ${row.name}`)
      : actual.fen !== 0
        ? absentLineQuantity(table, `${tableName} ${code} 类`)
        : null;
    if (expected) out.push({ subject: `${line.name}（${code}）`, actual, expected });
  }
  const listed = new Set(lines.map((entry) => entry.code));
  for (const row of rows.values()) {
    if (listed.has(row.code)) continue;
    const actual = cellQuantity(table, row.amounts.total, `${tableName} ${row.code} ${row.name}`);
    if (!actual || actual.fen === 0) continue;
    const expected = absentLineQuantity(summary, `${KIND_LABELS[summary.kind]} ${row.name}`);
    out.push({ subject: `${row.name}（${row.code}）`, actual, expected });
  }
  return out;
}

/** 部门收支总表 by 类 = 部门支出总表; 财政拨款收支总表 columns by 类 = the three fiscal tables. */
export function spendingByClass(set: TableSet): Comparison[] {
  const out: Comparison[] = [];
  const summary = set.get('summary');
  const expenditure = set.get('expenditure');
  if (summary && expenditure) out.push(...classComparisons(summary, 'total', expenditure));
  const fiscal = set.get('fiscal-summary');
  if (!fiscal) return out;
  const byRole = [
    ['general', set.get('general-expenditure')],
    ['fund', set.get('fund')],
    ['capital', set.get('capital')],
  ] as const;
  for (const [role, table] of byRole)
    if (table && fiscal.columns.some((c) => c.role === role)) out.push(...classComparisons(fiscal, role, table));
  return out;
}
