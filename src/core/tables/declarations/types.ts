/** What a table kind declares: its name, titles, shape, place in its document and column needs. */
import type { BudgetColumn, CodeLevel } from '../budget/model';
import type { Shape } from '../shapes';

/** The document a kind belongs to: 部门预算, 部门决算, 绩效目标, or free text. */
export type Family = 'budget' | 'final' | 'performance' | 'narrative';

/**
 * What a money table is within its document; the cross-table identities look tables up by part, so
 * the same comparison holds between 预算 tables and between 决算 tables.
 */
export type Part =
  | 'summary'
  | 'income'
  | 'expenditure'
  | 'fiscal-summary'
  | 'general-expenditure'
  | 'general-basic'
  | 'fund'
  | 'capital'
  | 'three-public'
  | 'procurement'
  | 'assets';

export type ColumnRole = BudgetColumn['role'];

/** A column the table must have: any role of the alternatives, named for messages. */
export type RequiredColumn = readonly [alternatives: readonly ColumnRole[], name: string];

export interface KindDeclaration {
  /** zh-CN name for the UI and messages. */
  label: string;
  family: Family;
  shape: Shape;
  part?: Part;
  /** Title aliases, compared after titleKey normalization (no spaces or quotes); longest match wins. */
  titles: readonly string[];
  /** One of the tables every document of its family publishes (structure/table-missing). */
  standard?: boolean;
  /** 经济分类 tables (基本支出) code 类/款 only. */
  classification?: 'function' | 'economic';
  /** The level its 科目 rows must reach (code/detail-level). */
  detailLevel?: CodeLevel;
  /**
   * A 财政拨款收支总表 whose 年末结转和结余 per fund must equal 年初 + 本年收入 − 本年支出 of that
   * fund (决算; a 预算's 年末 is a plan, checked through its 总计 only).
   */
  balancesByFund?: boolean;
  /** Columns its header must name (structure/header). */
  requiredColumns?: readonly RequiredColumn[];
}
