/**
 * Table shapes: the few layouts every kind is an instance of (DESIGN.md §2). Rules select tables by
 * shape and ask them for column roles; a kind (预算 or 决算) only declares which shape it has.
 */
export const SHAPES = [
  'code-table',
  'summary',
  'fiscal-summary',
  'three-public',
  'procurement',
  'assets',
  'project-performance',
  'department-performance',
  'narrative',
] as const;
export type Shape = (typeof SHAPES)[number];

/**
 * code-table 科目表 (rows by 功能/经济分类 code) · summary 收支总表 (收入 and 支出 sides of labelled
 * lines) · fiscal-summary 财政拨款收支总表 (a 收支总表 whose 支出 side has a column per fund) ·
 * three-public “三公”经费表 · procurement 政府采购表 · assets 资产表 · project-performance 项目
 * indicator block with its funds · department-performance 部门整体 indicator block · narrative 说明.
 */
export const SHAPE_LABELS: Record<Shape, string> = {
  'code-table': '按科目列示的表',
  summary: '收支总表',
  'fiscal-summary': '财政拨款收支总表',
  'three-public': '“三公”经费表',
  procurement: '政府采购表',
  assets: '资产占用情况表',
  'project-performance': '项目支出绩效目标表',
  'department-performance': '部门整体绩效目标表',
  narrative: '情况说明',
};

/** The shapes of the money tables (预算 and 决算 alike). */
export const MONEY_SHAPES = [
  'code-table',
  'summary',
  'fiscal-summary',
  'three-public',
  'procurement',
  'assets',
] as const;
export type MoneyShape = (typeof MONEY_SHAPES)[number];

/** The shapes with arithmetic identities (sum/*). */
export const SUM_SHAPES = ['code-table', 'summary', 'fiscal-summary', 'three-public', 'procurement'] as const;

/** The shapes that hold an indicator block. */
export const INDICATOR_SHAPES = ['project-performance', 'department-performance'] as const;
