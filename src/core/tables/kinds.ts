/** Stable ids of the table kinds (DESIGN.md §3); used in JSON output, settings and overrides. */

export const BUDGET_KINDS = [
  'budget.summary',
  'budget.income',
  'budget.expenditure',
  'budget.fiscal-summary',
  'budget.general-expenditure',
  'budget.general-basic',
  'budget.fund-expenditure',
  'budget.capital-expenditure',
  'budget.three-public',
  'budget.procurement',
  'budget.assets',
] as const;

export const PERFORMANCE_KINDS = ['performance.project', 'performance.department'] as const;

export const TABLE_KINDS = [...BUDGET_KINDS, ...PERFORMANCE_KINDS, 'narrative'] as const;

export type BudgetKind = (typeof BUDGET_KINDS)[number];
export type PerformanceKind = (typeof PERFORMANCE_KINDS)[number];
export type TableKind = (typeof TABLE_KINDS)[number];

/** The nine tables every 部门预算公开 must publish (DESIGN.md §3). */
export const STANDARD_BUDGET_KINDS: readonly BudgetKind[] = [
  'budget.summary',
  'budget.income',
  'budget.expenditure',
  'budget.fiscal-summary',
  'budget.general-expenditure',
  'budget.general-basic',
  'budget.fund-expenditure',
  'budget.capital-expenditure',
  'budget.three-public',
];

/** zh-CN names for the UI and messages. */
export const KIND_LABELS: Record<TableKind, string> = {
  'budget.summary': '部门收支总表',
  'budget.income': '部门收入总表',
  'budget.expenditure': '部门支出总表',
  'budget.fiscal-summary': '财政拨款收支总表',
  'budget.general-expenditure': '一般公共预算财政拨款支出表',
  'budget.general-basic': '一般公共预算财政拨款基本支出表',
  'budget.fund-expenditure': '政府性基金预算财政拨款支出表',
  'budget.capital-expenditure': '国有资本经营预算财政拨款支出表',
  'budget.three-public': '财政拨款"三公"经费支出表',
  'budget.procurement': '政府采购预算表',
  'budget.assets': '国有资产占用情况表',
  'performance.project': '项目支出绩效目标表',
  'performance.department': '部门整体绩效目标表',
  narrative: '情况说明',
};

export function isTableKind(value: string): value is TableKind {
  return (TABLE_KINDS as readonly string[]).includes(value);
}
