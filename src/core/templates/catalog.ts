/** The list of templates the pane and the CLI offer, and building one into sheet drafts. */
import type { TableKind } from '../tables/kinds';
import {
  capitalExpenditureTable,
  expenditureTable,
  fundExpenditureTable,
  generalBasicTable,
  generalExpenditureTable,
  incomeTable,
} from './budget/coded';
import { fiscalSummaryTable, summaryTable } from './budget/summary';
import { threePublicTable } from './budget/three-public';
import type { SheetDraft } from './draft';
import {
  finalCapitalTable,
  finalExpenditureTable,
  finalFundTable,
  finalGeneralBasicTable,
  finalGeneralExpenditureTable,
  finalIncomeTable,
} from './final/coded';
import { finalFiscalSummaryTable, finalSummaryTable } from './final/summary';
import { finalThreePublicTable } from './final/three-public';
import { clampCount, MAX_PROJECTS, type TemplateOptions } from './options';
import { departmentTable } from './performance/department';
import { hebeiProjectTable } from './performance/hebei';
import { mofProjectTable } from './performance/mof2021';
import { ningxiaProjectTable } from './performance/ningxia';

export type TemplateGroup = 'bundle' | 'budget' | 'final' | 'performance';

/** The groups in the order the gallery and `budget-lint templates` list them. */
export const TEMPLATE_GROUPS: readonly TemplateGroup[] = ['bundle', 'budget', 'final', 'performance'];

export interface TemplateInfo {
  id: string;
  /** zh-CN name shown in the gallery and by `budget-lint templates`. */
  name: string;
  /** One line on what the template is for. */
  description: string;
  /** The table kind every sheet of the template is recognized as (undefined for the bundle). */
  kind?: TableKind;
  group: TemplateGroup;
  /** The disclosure a template belongs to (its year is a 预算年度 or a 决算年度); none for 绩效目标表. */
  document?: 'budget' | 'final';
}

interface TemplateEntry extends TemplateInfo {
  build(options: TemplateOptions): SheetDraft[];
}

/** 绩效目标表 layouts produce one sheet per project: "项目1绩效目标表", "项目2绩效目标表" … */
const perProject =
  (layout: (options: TemplateOptions, name: string) => SheetDraft) =>
  (options: TemplateOptions): SheetDraft[] => {
    const count = clampCount(options.projects, 1, MAX_PROJECTS);
    return Array.from({ length: count }, (_, i) => layout(options, `项目${i + 1}绩效目标表`));
  };

const BUDGET: TemplateEntry[] = [
  {
    id: 'budget-summary',
    name: '部门收支总表',
    description: '收入来源与 31 个功能分类“类”的收支总表，合计与总计为公式',
    kind: 'budget.summary',
    group: 'budget',
    build: (o) => [summaryTable(o)],
  },
  {
    id: 'budget-income',
    name: '部门收入总表',
    description: '按功能分类科目列示的收入，小计、合计为公式',
    kind: 'budget.income',
    group: 'budget',
    build: (o) => [incomeTable(o)],
  },
  {
    id: 'budget-expenditure',
    name: '部门支出总表',
    description: '按功能分类科目列示的基本支出、项目支出等',
    kind: 'budget.expenditure',
    group: 'budget',
    build: (o) => [expenditureTable(o)],
  },
  {
    id: 'budget-fiscal-summary',
    name: '财政拨款收支总表',
    description: '三类财政拨款收入与按资金性质列示的支出、结转结余',
    kind: 'budget.fiscal-summary',
    group: 'budget',
    build: (o) => [fiscalSummaryTable(o)],
  },
  {
    id: 'budget-general-expenditure',
    name: '一般公共预算财政拨款支出表',
    description: '功能分类科目到“项”级的基本支出与项目支出',
    kind: 'budget.general-expenditure',
    group: 'budget',
    build: (o) => [generalExpenditureTable(o)],
  },
  {
    id: 'budget-general-basic',
    name: '一般公共预算财政拨款基本支出表',
    description: '经济分类科目列示的人员经费与公用经费',
    kind: 'budget.general-basic',
    group: 'budget',
    build: (o) => [generalBasicTable(o)],
  },
  {
    id: 'budget-fund-expenditure',
    name: '政府性基金预算财政拨款支出表',
    description: '政府性基金支出；无数据时保留“空表列示”说明',
    kind: 'budget.fund-expenditure',
    group: 'budget',
    build: (o) => [fundExpenditureTable(o)],
  },
  {
    id: 'budget-capital-expenditure',
    name: '国有资本经营预算财政拨款支出表',
    description: '国有资本经营支出；无数据时保留“空表列示”说明',
    kind: 'budget.capital-expenditure',
    group: 'budget',
    build: (o) => [capitalExpenditureTable(o)],
  },
  {
    id: 'budget-three-public',
    name: '财政拨款“三公”经费支出表',
    description: '因公出国（境）、公务用车（购置/运行维护）、公务接待',
    kind: 'budget.three-public',
    group: 'budget',
    build: (o) => [threePublicTable(o)],
  },
];

const FINAL: TemplateEntry[] = [
  {
    id: 'final-summary',
    name: '收入支出决算总表',
    description: '收入来源与 31 个功能分类“类”，本年合计、年末结转和结余与总计为公式',
    kind: 'final.summary',
    group: 'final',
    build: (o) => [finalSummaryTable(o)],
  },
  {
    id: 'final-income',
    name: '收入决算表',
    description: '按功能分类科目列示的各项收入，本年收入合计为公式',
    kind: 'final.income',
    group: 'final',
    build: (o) => [finalIncomeTable(o)],
  },
  {
    id: 'final-expenditure',
    name: '支出决算表',
    description: '按功能分类科目列示的基本、项目、上缴上级、经营与对附属单位补助支出',
    kind: 'final.expenditure',
    group: 'final',
    build: (o) => [finalExpenditureTable(o)],
  },
  {
    id: 'final-fiscal-summary',
    name: '财政拨款收入支出决算总表',
    description: '三类财政拨款收入与分资金支出；各资金年末结转和结余为公式',
    kind: 'final.fiscal-summary',
    group: 'final',
    build: (o) => [finalFiscalSummaryTable(o)],
  },
  {
    id: 'final-general-expenditure',
    name: '一般公共预算财政拨款支出决算表',
    description: '功能分类科目到“项”级的本年支出（基本支出、项目支出）',
    kind: 'final.general-expenditure',
    group: 'final',
    build: (o) => [finalGeneralExpenditureTable(o)],
  },
  {
    id: 'final-general-basic',
    name: '一般公共预算财政拨款基本支出决算表',
    description: '经济分类科目列示的人员经费与公用经费',
    kind: 'final.general-basic',
    group: 'final',
    build: (o) => [finalGeneralBasicTable(o)],
  },
  {
    id: 'final-fund',
    name: '政府性基金预算财政拨款收入支出决算表',
    description: '年初结转和结余、本年收支，年末结转和结余为公式；无数据时保留“空表列示”说明',
    kind: 'final.fund',
    group: 'final',
    build: (o) => [finalFundTable(o)],
  },
  {
    id: 'final-capital',
    name: '国有资本经营预算财政拨款支出决算表',
    description: '国有资本经营支出；无数据时保留“空表列示”说明',
    kind: 'final.capital',
    group: 'final',
    build: (o) => [finalCapitalTable(o)],
  },
  {
    id: 'final-three-public',
    name: '财政拨款“三公”经费支出决算表',
    description: '出国（境）、公务用车（购置/运行维护）、公务接待的预算数与决算数',
    kind: 'final.three-public',
    group: 'final',
    build: (o) => [finalThreePublicTable(o)],
  },
];

const PERFORMANCE: TemplateEntry[] = [
  {
    id: 'performance-ningxia',
    name: '项目支出绩效目标申报表（宁夏）',
    description: '项目资金、年度总体目标，各类指标标注必填/选填',
    kind: 'performance.project',
    group: 'performance',
    build: perProject(ningxiaProjectTable),
  },
  {
    id: 'performance-hebei',
    name: '项目支出绩效目标表（河北）',
    description: '项目编码、预算数、资金支出计划（%）、指标值确定依据',
    kind: 'performance.project',
    group: 'performance',
    build: perProject(hebeiProjectTable),
  },
  {
    id: 'performance-mof2021',
    name: '项目支出绩效目标表（财政部 2021）',
    description: '成本指标单列为一级指标（经济、社会、生态环境成本）',
    kind: 'performance.project',
    group: 'performance',
    build: perProject(mofProjectTable),
  },
  {
    id: 'performance-department',
    name: '部门整体绩效目标表',
    description: '部门年度预算资金、总体目标与整体绩效指标',
    kind: 'performance.department',
    group: 'performance',
    build: (o) => [departmentTable(o)],
  },
];

const ALL: TemplateEntry = {
  id: 'all',
  name: '全套部门预算公开表',
  description: '一次插入九张部门预算公开表',
  group: 'bundle',
  document: 'budget',
  build: (o) => BUDGET.flatMap((t) => t.build(o)),
};

const FINAL_ALL: TemplateEntry = {
  id: 'final-all',
  name: '全套部门决算公开表',
  description: '一次插入九张部门决算公开表',
  group: 'bundle',
  document: 'final',
  build: (o) => FINAL.flatMap((t) => t.build(o)),
};

const ENTRIES: TemplateEntry[] = [ALL, FINAL_ALL, ...BUDGET, ...FINAL, ...PERFORMANCE];

export function listTemplates(): TemplateInfo[] {
  return ENTRIES.map(({ id, name, description, kind, group, document }) => ({
    id,
    name,
    description,
    kind,
    group,
    document: document ?? (group === 'budget' || group === 'final' ? group : undefined),
  }));
}

export function findTemplate(id: string): TemplateInfo | undefined {
  return listTemplates().find((t) => t.id === id);
}

export class UnknownTemplateError extends Error {}

/** Sheet drafts for a template id; throws UnknownTemplateError for an id not in the list. */
export function buildTemplate(id: string, options: TemplateOptions): SheetDraft[] {
  const entry = ENTRIES.find((t) => t.id === id);
  if (!entry) throw new UnknownTemplateError(`未知的模板：${id}`);
  return entry.build(options);
}
