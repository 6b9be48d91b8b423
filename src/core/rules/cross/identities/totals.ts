/**
 * Totals that several tables state: 部门支出总表 合计 against the 收支总表 and against the three
 * 财政拨款 expenditure tables, the 财政拨款收支总表's columns against those tables, and 基本支出
 * against the 基本支出表.
 */
import { INCOME_SOURCES } from '../../../tables/budget/model';
import type { AmountRole, IncomeSource } from '../../../tables/budget/model';
import { KIND_LABELS } from '../../../tables/kinds';
import type { WorkbookContext } from '../../types';
import type { Comparison } from '../compare';
import type { Quantity } from '../quantity';
import { sumOf } from '../quantity';
import { lineFen, lineQuantity, ROLE_LABELS, totalQuantity } from '../tables';

const FISCAL_TABLES = ['budget.general-expenditure', 'budget.fund-expenditure', 'budget.capital-expenditure'] as const;
/** The 财政拨款 sources; every other income source (and 上年结转) is money the fiscal tables don't show. */
const FISCAL_SOURCES: readonly IncomeSource[] = ['general', 'fund', 'capital'];
const isFiscal = (source: IncomeSource | undefined) => source !== undefined && FISCAL_SOURCES.includes(source);
const NON_FISCAL_ROLES = [...INCOME_SOURCES.filter((source) => !isFiscal(source)), 'carryover'] as const;

/** 收支总表 本年支出合计 = 支出总表 合计. */
export function summaryVsExpenditure(workbook: WorkbookContext): Comparison[] {
  const [summary] = workbook.tablesOf('budget.summary');
  const [expenditure] = workbook.tablesOf('budget.expenditure');
  if (!summary || !expenditure) return [];
  const actual = totalQuantity(expenditure, 'total');
  const expected = lineQuantity(summary, summary.expenditure.yearTotal);
  return actual && expected ? [{ subject: '本年支出合计', actual, expected }] : [];
}

/**
 * When all income is 财政拨款 of the year, 支出总表 合计/基本/项目 = the sum of the 一般公共预算,
 * 政府性基金 and 国有资本经营 tables (a table the workbook lacks counts as 0).
 */
export function expenditureVsFiscalTables(workbook: WorkbookContext): Comparison[] {
  const [expenditure] = workbook.tablesOf('budget.expenditure');
  const general = workbook.tablesOf('budget.general-expenditure')[0];
  if (!expenditure || !general || !onlyFiscalIncome(workbook)) return [];
  const tables = FISCAL_TABLES.map((kind) => workbook.tablesOf(kind)[0]).filter((t) => t !== undefined);
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
export function fiscalSummaryVsTables(workbook: WorkbookContext): Comparison[] {
  const [fiscal] = workbook.tablesOf('budget.fiscal-summary');
  if (!fiscal) return [];
  const roles: AmountRole[] = ['general', 'fund', 'capital'];
  const out: Comparison[] = [];
  FISCAL_TABLES.forEach((kind, i) => {
    const [table] = workbook.tablesOf(kind);
    if (!table) return;
    const actual = lineQuantity(fiscal, fiscal.expenditure.yearTotal, roles[i]);
    const expected = totalQuantity(table, 'total');
    if (actual && expected) out.push({ subject: `${ROLE_LABELS[roles[i]]}财政拨款支出`, actual, expected });
  });
  return out;
}

/** 一般公共预算支出表 合计行基本支出 = 一般公共预算基本支出表 合计. */
export function generalVsBasic(workbook: WorkbookContext): Comparison[] {
  const [general] = workbook.tablesOf('budget.general-expenditure');
  const [basic] = workbook.tablesOf('budget.general-basic');
  if (!general || !basic) return [];
  const actual = totalQuantity(basic, 'total');
  const expected = totalQuantity(general, 'basic');
  return actual && expected ? [{ subject: '一般公共预算基本支出', actual, expected }] : [];
}

/** Whether the year's income is all 财政拨款 with no carry-over: then spending is the fiscal tables' sum. */
function onlyFiscalIncome(workbook: WorkbookContext): boolean {
  const [summary] = workbook.tablesOf('budget.summary');
  if (summary) {
    const { lines, carryover } = summary.income;
    const others = lines.filter((l) => !isFiscal(l.source));
    return [...others, ...(carryover ? [carryover] : [])].every((line) => lineFen(line) === 0);
  }
  const [income] = workbook.tablesOf('budget.income');
  const totals = income?.totalRow?.amounts;
  if (!totals) return false;
  return NON_FISCAL_ROLES.every((role) => !totals[role] || (totals[role].fen ?? 0) === 0);
}
