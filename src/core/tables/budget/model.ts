/**
 * Typed models of the 部门预算公开 tables: what the budget builders read from a recognized region
 * and what the structure/code/sum/cross/narrative rules consume. All coordinates are absolute and
 * 0-based (like the grid); all amounts are exact integers of 分.
 */
import type { TableBase } from '../base';
import type { KindsOf, TableKind } from '../kinds';

/** A money cell of a table. */
export interface AmountCell {
  row: number;
  col: number;
  /** Exact value in 分; null when the cell is empty ("", "-", "—") or unreadable (see `invalid`). */
  fen: number | null;
  /** The cell's displayed text (for messages), "" when empty. */
  text: string;
  /** True when the cell holds something that is not an amount: #REF!, "待填写", "12.3.4" … */
  invalid?: boolean;
}

/**
 * What an amount column holds, from its (multi-row, merged) header.
 * total 合计 · subtotal 本年收入小计 · basic 基本支出 · project 项目支出 · business 经营支出/经营收入 ·
 * remit 上解上级支出 · subsidy 对附属单位补助支出 · personnel 人员经费 · public 公用经费 ·
 * fiscal 财政拨款（收入）(all three fiscal sources together) · general 一般公共预算 · fund 政府性基金 ·
 * capital 国有资本经营 · special 财政专户 · institution 事业收入 · superior 上级补助收入 ·
 * affiliated 附属单位上缴收入 · other 其他收入 · carryover 上年结转（结余）/ 年初结转和结余 ·
 * closing 年末结转和结余 (决算).
 */
export const AMOUNT_ROLES = [
  'total',
  'subtotal',
  'basic',
  'project',
  'business',
  'remit',
  'subsidy',
  'personnel',
  'public',
  'fiscal',
  'general',
  'fund',
  'capital',
  'special',
  'institution',
  'superior',
  'affiliated',
  'other',
  'carryover',
  'closing',
] as const;
export type AmountRole = (typeof AMOUNT_ROLES)[number];

/** Amounts of one row by column role; a role absent from the table is absent here. */
export type RoleAmounts = Partial<Record<AmountRole, AmountCell>>;

/** A recognized column of a table. */
export interface BudgetColumn {
  col: number;
  /** Header words joined top to bottom, labelKey-normalized ("本年收入/小计"). */
  label: string;
  role: AmountRole | 'code' | 'code-class' | 'code-section' | 'code-item' | 'name' | 'index';
}

/** Free text under or inside a table: "注：无政府性基金预算财政拨款预算，空表列示。" */
export interface TableNote {
  row: number;
  col: number;
  text: string;
}

/** What every budget model shares beyond TableBase. */
export interface BudgetTableCommon<K extends TableKind = TableKind> extends TableBase<K> {
  /** Header rows (first..last) and the 栏次 row when present; null when no header was found. */
  header: { top: number; bottom: number; indexRow?: number } | null;
  columns: BudgetColumn[];
  /** First and last data row; null when the table has no data rows (an empty table). */
  data: { top: number; bottom: number } | null;
  /** Note lines (注：…, 空表列示, 本表无数据 …) within the region. */
  notes: TableNote[];
  /** True when any amount cell of the body holds a number (an empty table has none). */
  hasAmounts: boolean;
}

/** 类 (3 digits), 款 (5), 项 (7); 经济分类 uses 类 and 款 only. */
export type CodeLevel = 'class' | 'section' | 'item';
export const CODE_DIGITS: Record<CodeLevel, number> = { class: 3, section: 5, item: 7 };

/** One 科目 row of a coded table. */
export interface CodeRow {
  row: number;
  /** The code with the split columns joined ("201"+"37"+"01" → "2013701"), half-width, no spaces. */
  code: string;
  /** Cell showing the code (the last non-empty one when split over 类|款|项 columns). */
  codeCell: { row: number; col: number };
  /** Null when the code's length is not 3/5/7 or it holds non-digits (code/format reports it). */
  level: CodeLevel | null;
  name: string;
  /** Cell of the name; absent when the table has no name column. */
  nameCell?: { row: number; col: number };
  amounts: RoleAmounts;
}

/** The 合计 / 总计 row of a coded or listed table. */
export interface TotalRow {
  row: number;
  /** The cell holding the word 合计 (or the first cell of the row). */
  labelCell: { row: number; col: number };
  amounts: RoleAmounts;
}

/** Tables listed by 科目: income/expenditure totals, 一般公共预算/基金/国资 expenditure, 基本支出. */
export interface CodeTable<K extends CodeTableKind = CodeTableKind> extends BudgetTableCommon<K> {
  /** 功能分类 (201…) or 经济分类 (301…, the 基本支出 table). */
  classification: 'function' | 'economic';
  totalRow: TotalRow | null;
  codeRows: CodeRow[];
}

/** Where an income line's money comes from (its label, "一、一般公共预算拨款收入" → general). */
export const INCOME_SOURCES = [
  'general',
  'fund',
  'capital',
  'special',
  'institution',
  'business',
  'superior',
  'affiliated',
  'other',
] as const;
export type IncomeSource = (typeof INCOME_SOURCES)[number];

/** One labelled line of a 收支总表 side. */
export interface SummaryLine {
  row: number;
  labelCell: { row: number; col: number };
  /** Label as written ("一、一般公共预算拨款收入"). */
  label: string;
  /** Label without its numbering and spaces ("一般公共预算拨款收入", "一般公共服务支出"). */
  name: string;
  /** 0 for a top-level line ("一、…"), 1 for a sub-line ("（一）…", "1.…", "其中：…") of the line above. */
  depth: 0 | 1;
  /** Income lines: the source their label names; undefined for others. */
  source?: IncomeSource;
  /** summary: { total } (预算数); fiscal-summary expenditure: { total, general, fund, capital }. */
  amounts: RoleAmounts;
}

/** One side (收入 or 支出) of a 收支总表. */
export interface SummarySide {
  /** The itemized lines above 本年收入合计 / 本年支出合计 (sources, or 类 names). */
  lines: SummaryLine[];
  /** 本年收入合计 / 本年支出合计. */
  yearTotal: SummaryLine | null;
  /** 上年结转（结余）/ 年初财政拨款结转和结余 (income), 年终结转结余 / 年末… (expenditure). */
  carryover: SummaryLine | null;
  /** Lines itemizing the carry-over (fiscal-summary: 一般公共预算拨款 … under 年初结转). */
  carryoverLines: SummaryLine[];
  /** Other lines between 本年合计 and the carry-over (用事业基金弥补收支差额, 结余分配 …); part of 总计. */
  adjustments: SummaryLine[];
  /** 收入总计 / 支出总计. */
  grandTotal: SummaryLine | null;
}

/** 部门收支总表 and 财政拨款收支总表: two sides side by side. */
export interface SummaryTable<K extends SummaryTableKind = SummaryTableKind> extends BudgetTableCommon<K> {
  income: SummarySide;
  expenditure: SummarySide;
}

/** Cells of the 三公 table; each item's amount in its 合计 column (row layout) or its own column. */
export const THREE_PUBLIC_ITEMS = [
  'total',
  'abroad',
  'vehicle',
  'vehicle-purchase',
  'vehicle-operation',
  'reception',
  'operating-costs',
] as const;
/**
 * total 合计 · abroad 因公出国（境）费 · vehicle 公务用车购置及运行费（小计）· vehicle-purchase 公务用车购置费 ·
 * vehicle-operation 公务用车运行（维护）费 · reception 公务接待费 · operating-costs 机关运行经费.
 */
export type ThreePublicItem = (typeof THREE_PUBLIC_ITEMS)[number];

/** One set of the 三公 items: a 预算 table's amounts, or the 预算数 or 决算数 of a 决算 table. */
export interface ThreePublicMeasure {
  name: '' | '预算数' | '决算数';
  items: Partial<Record<ThreePublicItem, AmountCell>>;
}

export interface ThreePublicTable extends BudgetTableCommon<KindsOf<'three-public'>> {
  /** Items as rows (项目 column, amounts by 资金性质) or as columns (one data row). */
  layout: 'rows' | 'columns';
  /** The table's own figures: its only measure, or the 决算数 of a 决算 table. */
  items: Partial<Record<ThreePublicItem, AmountCell>>;
  /** Every measure the table states, in column order. */
  measures: ThreePublicMeasure[];
  /** Rows layout: each item's amounts by fund column (total, general, fund, capital). */
  itemAmounts: Partial<Record<ThreePublicItem, RoleAmounts>>;
}

/** One 政府采购 line: an item with its amounts by source. */
export interface ProcurementRow {
  row: number;
  /** 项目名称 / 采购物品名称 as written. */
  name: string;
  amounts: RoleAmounts;
}

export interface ProcurementTable extends BudgetTableCommon<KindsOf<'procurement'>> {
  rows: ProcurementRow[];
  totalRow: TotalRow | null;
}

/** One 资产 line: "1、房屋（平方米）" with its 数量 and 价值. */
export interface AssetLine {
  row: number;
  label: string;
  /** 数量 as written (areas, counts; not money). */
  quantity: string;
  value: AmountCell | null;
}

export interface AssetsTable extends BudgetTableCommon<KindsOf<'assets'>> {
  lines: AssetLine[];
}

export type CodeTableKind = KindsOf<'code-table'>;
export type SummaryTableKind = KindsOf<'summary' | 'fiscal-summary'>;
