/**
 * Where the tables state what a 情况说明 claim states: the cell (or empty table) to compare a topic
 * with, preferring the table the finance user reads it from (收支总表 for income, 支出总表 for
 * spending, 基本支出表 for 人员/公用经费, the 三公 and 政府采购 tables for theirs). One lookup for both
 * documents: a 预算 情况说明 reads the 预算 tables, a 部门决算情况说明 the 决算 tables, by part.
 */
import type { Figure } from '../../narrative/claims';
import type { ClaimTopic } from '../../narrative/topics';
import type { AmountRole, IncomeSource, ThreePublicItem } from '../../tables/budget/model';
import { THREE_PUBLIC_LABELS } from '../../tables/budget/vocabulary';
import { KIND_LABELS } from '../../tables/kinds';
import type { TableSet } from '../../tables/models';
import type { NarrativeTable } from '../../tables/narrative/model';
import type { Quantity } from '../cross/quantity';
import { cellQuantity, emptyTableQuantity, sumOf } from '../cross/quantity';
import { lineQuantity, sourceLine, totalQuantity } from '../cross/tables';
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
 * The tables a 情况说明 speaks of: the 决算 set for a 决算 text (its title or its words say 决算), else
 * the 预算 set; the only set there is when the workbook holds one document.
 */
export function tableSetOf(workbook: WorkbookContext, narrative: NarrativeTable): TableSet | undefined {
  const final = isFinalNarrative(narrative);
  const wanted = workbook.tableSets.find((set) => set.family === (final ? 'final' : 'budget'));
  return wanted ?? (workbook.tableSets.length === 1 ? workbook.tableSets[0] : undefined);
}

function isFinalNarrative(narrative: NarrativeTable): boolean {
  if (/决算/.test(narrative.region.title.value)) return true;
  const mentions = (re: RegExp) => narrative.paragraphs.filter((p) => re.test(p.text)).length;
  return mentions(/决算/) > mentions(/预算/) / 2;
}

/**
 * The cells a claim may be stating, best first: a total may mean 本年 or 总计 (with the carry-over),
 * so a claim that matches any of them is no mismatch. `paragraph` is the claim's own text: it
 * decides whether 机关运行经费 may be read as 公用经费; the claim's own words whether spending is the
 * 一般公共预算's alone. A 决算 table set answers a 年初预算 figure only from the 三公 table's 预算数.
 */
export function tableValuesOf(
  set: TableSet | undefined,
  claim: { topic: ClaimTopic; figure?: Figure; text: string },
  paragraph: string,
): Quantity[] {
  const { topic, figure, text: words } = claim;
  if (!set) return [];
  if (set.family === 'final' && figure === 'budget') {
    const item = THREE_PUBLIC_TOPICS[topic];
    const budget = item ? threePublicItem(set, item, '预算数') : null;
    return budget ? [budget] : [];
  }
  // "一般公共预算财政拨款基本支出65万元" is the 一般公共预算's alone; "其中：基本支出…" after it may be too.
  const general = SPENDING_ROLES[topic] && /一般公共预算/.test(paragraph) ? generalSpending(set, topic) : null;
  const first = /一般公共预算/.test(words) ? general : null;
  const alternatives =
    topic === 'income.total'
      ? [summaryLine(set, 'income', 'yearTotal')]
      : topic === 'expenditure.total'
        ? [summaryLine(set, 'expenditure', 'grandTotal'), summaryLine(set, 'expenditure', 'yearTotal')]
        : [];
  return [first ?? tableValueOf(set, topic, paragraph), ...alternatives, general].filter(
    (q): q is Quantity => q !== null,
  );
}

function generalSpending(set: TableSet, topic: ClaimTopic): Quantity | null {
  const role = SPENDING_ROLES[topic];
  const general = set.get('general-expenditure');
  return role && general ? totalQuantity(general, role) : null;
}

const SPENDING_ROLES: Partial<Record<ClaimTopic, AmountRole>> = {
  'expenditure.total': 'total',
  'expenditure.basic': 'basic',
  'expenditure.project': 'project',
};

function tableValueOf(set: TableSet, topic: ClaimTopic, paragraph: string): Quantity | null {
  const source = SOURCE_TOPICS[topic];
  if (source) return incomeSource(set, source);
  const item = THREE_PUBLIC_TOPICS[topic];
  if (item) return threePublicItem(set, item);
  switch (topic) {
    case 'income.total':
      return incomeTotal(set);
    case 'income.fiscal':
      return fiscalIncome(set);
    case 'income.carryover':
      return carryover(set);
    case 'expenditure.total':
      return expenditureRole(set, 'total');
    case 'expenditure.basic':
      return expenditureRole(set, 'basic');
    case 'expenditure.project':
      return expenditureRole(set, 'project');
    case 'expenditure.personnel':
      return basicRole(set, 'personnel');
    case 'expenditure.public':
      return basicRole(set, 'public');
    case 'operating-costs':
      // Only the 三公 table states 机关运行经费 itself; 公用经费 stands in when the text equates them.
      return threePublicItem(set, 'operating-costs') ?? (/公用经费/.test(paragraph) ? basicRole(set, 'public') : null);
    case 'procurement':
      return procurementTotal(set);
    default:
      return null;
  }
}

function incomeSource(set: TableSet, source: IncomeSource): Quantity | null {
  const summary = set.get('summary');
  const fromSummary = summary ? lineQuantity(summary, sourceLine(summary.income, source)) : null;
  if (fromSummary) return fromSummary;
  const income = set.get('income');
  return income && income.columns.some((c) => c.role === source) ? totalQuantity(income, source) : null;
}

function incomeTotal(set: TableSet): Quantity | null {
  const summary = set.get('summary');
  const line = summary && (summary.income.grandTotal ?? summary.income.yearTotal);
  if (summary && line) return lineQuantity(summary, line);
  const income = set.get('income');
  return income ? totalQuantity(income, 'total') : null;
}

function fiscalIncome(set: TableSet): Quantity | null {
  const income = set.get('income');
  if (income && income.columns.some((c) => c.role === 'fiscal')) return totalQuantity(income, 'fiscal');
  const summary = set.get('summary');
  if (!summary) return null;
  const parts = (['general', 'fund', 'capital'] as const)
    .map((source) => lineQuantity(summary, sourceLine(summary.income, source)))
    .filter((q): q is Quantity => q !== null);
  return sumOf(parts, `${KIND_LABELS[summary.kind]} 三项财政拨款收入之和`);
}

function carryover(set: TableSet): Quantity | null {
  const summary = set.get('summary');
  if (summary?.income.carryover) return lineQuantity(summary, summary.income.carryover);
  const income = set.get('income');
  return income && income.columns.some((c) => c.role === 'carryover') ? totalQuantity(income, 'carryover') : null;
}

function expenditureRole(set: TableSet, role: AmountRole): Quantity | null {
  const expenditure = set.get('expenditure');
  return expenditure ? totalQuantity(expenditure, role) : null;
}

function summaryLine(set: TableSet, side: 'income' | 'expenditure', line: 'yearTotal' | 'grandTotal'): Quantity | null {
  const summary = set.get('summary');
  return summary ? lineQuantity(summary, summary[side][line]) : null;
}

function basicRole(set: TableSet, role: AmountRole): Quantity | null {
  const basic = set.get('general-basic');
  return basic ? totalQuantity(basic, role) : null;
}

/** An item of the 三公 table: its own figures, or one measure (预算数) of a 决算 table. */
function threePublicItem(set: TableSet, item: ThreePublicItem, measure?: '预算数'): Quantity | null {
  const table = set.get('three-public');
  if (!table) return null;
  const label = `${KIND_LABELS[table.kind]} ${measure ?? ''}${THREE_PUBLIC_LABELS[item]}`;
  if (!table.hasAmounts) return item === 'operating-costs' ? null : emptyTableQuantity(table, label);
  const cells = measure ? table.measures.find((m) => m.name === measure)?.items : table.items;
  return cells ? cellQuantity(table, cells[item], label) : null;
}

function procurementTotal(set: TableSet): Quantity | null {
  const table = set.get('procurement');
  if (!table) return null;
  const label = `${KIND_LABELS[table.kind]} 合计`;
  if (table.totalRow) return cellQuantity(table, table.totalRow.amounts.total, label);
  return table.hasAmounts ? null : emptyTableQuantity(table, label);
}
