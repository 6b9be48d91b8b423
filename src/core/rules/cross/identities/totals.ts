/**
 * Totals that several tables state: 支出总表 合计 against the 收支总表 and against the three
 * 财政拨款 expenditure tables, the 财政拨款收支总表's columns against those tables, and 基本支出
 * against the 基本支出表 — between the 预算 tables and between the 决算 tables alike.
 */
import type { AmountRole } from '../../../tables/budget/model';
import { FISCAL_SOURCES, isFiscalSource, OTHER_SOURCES, ROLE_LABELS } from '../../../tables/budget/vocabulary';
import { KIND_LABELS } from '../../../tables/kinds';
import type { TableSet } from '../../../tables/models';
import type { Comparison } from '../compare';
import type { Quantity } from '../quantity';
import { sumOf } from '../quantity';
import { lineFen, lineQuantity, totalQuantity } from '../tables';

/** The expenditure table of each fund, by part. */
const FUND_PARTS = { general: 'general-expenditure', fund: 'fund', capital: 'capital' } as const;
/** Income that the fiscal tables don't show: every other source and the carry-over. */
const NON_FISCAL_ROLES: readonly AmountRole[] = [...OTHER_SOURCES, 'carryover'];

/** 收支总表 本年支出合计 = 支出总表 合计. */
export function summaryVsExpenditure(set: TableSet): Comparison[] {
  const summary = set.get('summary');
  const expenditure = set.get('expenditure');
  if (!summary || !expenditure) return [];
  const actual = totalQuantity(expenditure, 'total');
  const expected = lineQuantity(summary, summary.expenditure.yearTotal);
  return actual && expected ? [{ subject: '本年支出合计', actual, expected }] : [];
}

/**
 * When all income is 财政拨款 of the year, 支出总表 合计/基本/项目 = the sum of the 一般公共预算,
 * 政府性基金 and 国有资本经营 tables (a table the workbook lacks counts as 0).
 */
export function expenditureVsFiscalTables(set: TableSet): Comparison[] {
  const expenditure = set.get('expenditure');
  if (!expenditure || !set.get('general-expenditure') || !onlyFiscalIncome(set)) return [];
  const tables = FISCAL_SOURCES.map((source) => set.get(FUND_PARTS[source])).filter((t) => t !== undefined);
  const out: Comparison[] = [];
  for (const role of ['total', 'basic', 'project'] as const) {
    const actual = totalQuantity(expenditure, role);
    const parts = tables.map((t) => totalQuantity(t, role));
    if (!actual || parts.some((p) => p === null)) continue;
    const names = tables.map((t) => KIND_LABELS[t.kind]).join('、');
    const expected = sumOf(parts as Quantity[], `${names}${ROLE_LABELS[role]}之和`);
    if (expected) out.push({ subject: role === 'total' ? '支出合计' : ROLE_LABELS[role], actual, expected });
  }
  return out;
}

/** 财政拨款收支总表 本年支出合计 in each fund column = that fund's expenditure table 合计. */
export function fiscalSummaryVsTables(set: TableSet): Comparison[] {
  const fiscal = set.get('fiscal-summary');
  if (!fiscal) return [];
  const out: Comparison[] = [];
  for (const source of FISCAL_SOURCES) {
    const table = set.get(FUND_PARTS[source]);
    if (!table) continue;
    const actual = lineQuantity(fiscal, fiscal.expenditure.yearTotal, source);
    const expected = totalQuantity(table, 'total');
    if (actual && expected) out.push({ subject: `${ROLE_LABELS[source]}财政拨款支出`, actual, expected });
  }
  return out;
}

/**
 * 决算: a fund table that shows its carry-over (年初结转和结余 | 本年收入 | 本年支出 | 年末结转和结余)
 * states the same 年初, 收入 and 年末 as the 财政拨款收支总表's lines of that fund.
 */
export function fiscalSummaryVsFundBalances(set: TableSet): Comparison[] {
  const fiscal = set.get('fiscal-summary');
  if (!fiscal) return [];
  const out: Comparison[] = [];
  for (const source of FISCAL_SOURCES) {
    const table = set.get(FUND_PARTS[source]);
    if (!table?.columns.some((c) => c.role === 'closing')) continue;
    const name = ROLE_LABELS[source];
    const pairs: [string, AmountRole, Quantity | null][] = [
      [
        '年初结转和结余',
        'carryover',
        lineQuantity(
          fiscal,
          fiscal.income.carryoverLines.find((l) => l.source === source),
        ),
      ],
      [
        '本年收入',
        'subtotal',
        lineQuantity(
          fiscal,
          fiscal.income.lines.find((l) => l.depth === 0 && l.source === source),
        ),
      ],
      ['年末结转和结余', 'closing', lineQuantity(fiscal, fiscal.expenditure.carryover, source)],
    ];
    for (const [what, role, expected] of pairs) {
      const actual = totalQuantity(table, role);
      if (actual && expected) out.push({ subject: `${name}${what}`, actual, expected });
    }
  }
  return out;
}

/** 一般公共预算支出表 合计行基本支出 = 一般公共预算基本支出表 合计. */
export function generalVsBasic(set: TableSet): Comparison[] {
  const general = set.get('general-expenditure');
  const basic = set.get('general-basic');
  if (!general || !basic) return [];
  const actual = totalQuantity(basic, 'total');
  const expected = totalQuantity(general, 'basic');
  return actual && expected ? [{ subject: '一般公共预算基本支出', actual, expected }] : [];
}

/** Whether the year's income is all 财政拨款 with no carry-over: then spending is the fiscal tables' sum. */
function onlyFiscalIncome(set: TableSet): boolean {
  const summary = set.get('summary');
  if (summary) {
    const { lines, carryover, adjustments } = summary.income;
    const others = lines.filter((l) => !isFiscalSource(l.source));
    return [...others, ...adjustments, ...(carryover ? [carryover] : [])].every((line) => lineFen(line) === 0);
  }
  const totals = set.get('income')?.totalRow?.amounts;
  if (!totals) return false;
  return NON_FISCAL_ROLES.every((role) => !totals[role] || (totals[role].fen ?? 0) === 0);
}
