/**
 * Where the tables state what a 情况说明 claim states: the cell (or empty table) to compare a topic
 * with, preferring the table the finance user reads it from (收支总表 for income, 支出总表 for
 * spending, 基本支出表 for 人员/公用经费, the 三公 and 政府采购 tables for theirs).
 */
import type { ClaimTopic } from '../../narrative/topics';
import type { AmountRole, IncomeSource, ThreePublicItem } from '../../tables/budget/model';
import { KIND_LABELS } from '../../tables/kinds';
import type { Quantity } from '../cross/quantity';
import { cellQuantity, emptyTableQuantity, sumOf } from '../cross/quantity';
import { lineQuantity, sourceLine, THREE_PUBLIC_LABELS, totalQuantity } from '../cross/tables';
import type { WorkbookContext } from '../types';

const SOURCE_TOPICS: Partial<Record<ClaimTopic, IncomeSource>> = {
  'income.general': 'general',
  'income.fund': 'fund',
  'income.capital': 'capital',
  'income.special': 'special',
  'income.institution': 'institution',
  'income.business': 'business',
  'income.superior': 'superior',
  'income.affiliated': 'affiliated',
  'income.other': 'other',
};

const THREE_PUBLIC_TOPICS: Partial<Record<ClaimTopic, ThreePublicItem>> = {
  'three-public.total': 'total',
  'three-public.abroad': 'abroad',
  'three-public.vehicle': 'vehicle',
  'three-public.vehicle-purchase': 'vehicle-purchase',
  'three-public.vehicle-operation': 'vehicle-operation',
  'three-public.reception': 'reception',
};

/**
 * The cells a claim may be stating, best first: a total may mean 本年 or 总计 (with the carry-over),
 * so a claim that matches any of them is no mismatch. `paragraph` is the claim's own text: it
 * decides whether 机关运行经费 may be read as 公用经费.
 */
export function tableValuesOf(workbook: WorkbookContext, topic: ClaimTopic, paragraph: string): Quantity[] {
  const first = tableValueOf(workbook, topic, paragraph);
  const alternatives =
    topic === 'income.total'
      ? [summaryLine(workbook, 'income', 'yearTotal')]
      : topic === 'expenditure.total'
        ? [summaryLine(workbook, 'expenditure', 'grandTotal'), summaryLine(workbook, 'expenditure', 'yearTotal')]
        : [];
  return [first, ...alternatives].filter((q): q is Quantity => q !== null);
}

function tableValueOf(workbook: WorkbookContext, topic: ClaimTopic, paragraph: string): Quantity | null {
  const source = SOURCE_TOPICS[topic];
  if (source) return incomeSource(workbook, source);
  const item = THREE_PUBLIC_TOPICS[topic];
  if (item) return threePublicItem(workbook, item);
  switch (topic) {
    case 'income.total':
      return incomeTotal(workbook);
    case 'income.fiscal':
      return fiscalIncome(workbook);
    case 'income.carryover':
      return carryover(workbook);
    case 'expenditure.total':
      return expenditureRole(workbook, 'total');
    case 'expenditure.basic':
      return expenditureRole(workbook, 'basic');
    case 'expenditure.project':
      return expenditureRole(workbook, 'project');
    case 'expenditure.personnel':
      return basicRole(workbook, 'personnel');
    case 'expenditure.public':
      return basicRole(workbook, 'public');
    case 'operating-costs':
      // Only the 三公 table states 机关运行经费 itself; 公用经费 stands in when the text equates them.
      return (
        threePublicItem(workbook, 'operating-costs') ??
        (/公用经费/.test(paragraph) ? basicRole(workbook, 'public') : null)
      );
    case 'procurement':
      return procurementTotal(workbook);
    default:
      return null;
  }
}

function incomeSource(workbook: WorkbookContext, source: IncomeSource): Quantity | null {
  const [summary] = workbook.tablesOf('budget.summary');
  const fromSummary = summary ? lineQuantity(summary, sourceLine(summary.income, source)) : null;
  if (fromSummary) return fromSummary;
  const [income] = workbook.tablesOf('budget.income');
  return income && income.columns.some((c) => c.role === source) ? totalQuantity(income, source) : null;
}

function incomeTotal(workbook: WorkbookContext): Quantity | null {
  const [summary] = workbook.tablesOf('budget.summary');
  const line = summary && (summary.income.grandTotal ?? summary.income.yearTotal);
  if (summary && line) return lineQuantity(summary, line);
  const [income] = workbook.tablesOf('budget.income');
  return income ? totalQuantity(income, 'total') : null;
}

function fiscalIncome(workbook: WorkbookContext): Quantity | null {
  const [income] = workbook.tablesOf('budget.income');
  if (income && income.columns.some((c) => c.role === 'fiscal')) return totalQuantity(income, 'fiscal');
  const [summary] = workbook.tablesOf('budget.summary');
  if (!summary) return null;
  const parts = (['general', 'fund', 'capital'] as const)
    .map((source) => lineQuantity(summary, sourceLine(summary.income, source)))
    .filter((q): q is Quantity => q !== null);
  return sumOf(parts, `${KIND_LABELS[summary.kind]} 三项财政拨款收入之和`);
}

function carryover(workbook: WorkbookContext): Quantity | null {
  const [summary] = workbook.tablesOf('budget.summary');
  if (summary?.income.carryover) return lineQuantity(summary, summary.income.carryover);
  const [income] = workbook.tablesOf('budget.income');
  return income && income.columns.some((c) => c.role === 'carryover') ? totalQuantity(income, 'carryover') : null;
}

function expenditureRole(workbook: WorkbookContext, role: AmountRole): Quantity | null {
  const [expenditure] = workbook.tablesOf('budget.expenditure');
  return expenditure ? totalQuantity(expenditure, role) : null;
}

function summaryLine(
  workbook: WorkbookContext,
  side: 'income' | 'expenditure',
  line: 'yearTotal' | 'grandTotal',
): Quantity | null {
  const [summary] = workbook.tablesOf('budget.summary');
  return summary ? lineQuantity(summary, summary[side][line]) : null;
}

function basicRole(workbook: WorkbookContext, role: AmountRole): Quantity | null {
  const [basic] = workbook.tablesOf('budget.general-basic');
  return basic ? totalQuantity(basic, role) : null;
}

function threePublicItem(workbook: WorkbookContext, item: ThreePublicItem): Quantity | null {
  const [table] = workbook.tablesOf('budget.three-public');
  if (!table) return null;
  const label = `${KIND_LABELS[table.kind]} ${THREE_PUBLIC_LABELS[item]}`;
  if (!table.hasAmounts) return item === 'operating-costs' ? null : emptyTableQuantity(table, label);
  return cellQuantity(table, table.items[item], label);
}

function procurementTotal(workbook: WorkbookContext): Quantity | null {
  const [table] = workbook.tablesOf('budget.procurement');
  if (!table) return null;
  const label = `${KIND_LABELS[table.kind]} 合计`;
  if (table.totalRow) return cellQuantity(table, table.totalRow.amounts.total, label);
  return table.hasAmounts ? null : emptyTableQuantity(table, label);
}
