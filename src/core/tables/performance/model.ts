/**
 * Typed models of the 绩效目标 tables: a project's identity, funds, spending schedule and its
 * indicator block (一级/二级/三级/指标值 …), and the 部门整体绩效目标 with or without a table.
 * Coordinates are absolute and 0-based, like the grid.
 */
import type { MoneyUnit } from '../../parse/amount';
import type { IndicatorValue } from '../../parse/indicator';
import type { TableBase } from '../base';
import type { Level1Id, Level2Id, RequirementMark } from './taxonomy';

export interface CellPos {
  row: number;
  col: number;
}

export interface TextCell extends CellPos {
  text: string;
}

/** A money cell of the funds block. */
export interface MoneyCell extends CellPos {
  /** Exact value in 分; null when empty or unreadable (`invalid`). */
  fen: number | null;
  text: string;
  invalid?: boolean;
}

/** One column of the funds block: a total and the sources it is made of. */
export interface FundsAmounts {
  total: MoneyCell | null;
  fiscal: MoneyCell | null;
  other: MoneyCell | null;
  /** 上年结转资金 (上海 annual column); absent when the layout has no such line. */
  carryover?: MoneyCell | null;
}

/**
 * 项目资金 (宁夏: 年度资金总额 / 其中：财政拨款 / 其他资金; 河北: 预算数 / 其中：财政资金 / 其他资金;
 * 上海: 年度资金申请总额 / 其中：当年财政拨款 / 上年结转资金 / 其他资金 beside the multi-year 项目资金总额).
 * The top-level amounts are the year's when the sheet states them, else the project's (`span`).
 */
export interface ProjectFunds extends FundsAmounts {
  unit: MoneyUnit;
  span: 'annual' | 'project';
  /** The multi-year column (项目资金总额 / 财政资金 / 其他资金) when the sheet also has the annual one. */
  project?: FundsAmounts;
}

/** One point of 资金支出计划（%）: "6月底" → 50. */
export interface SchedulePoint extends CellPos {
  label: string;
  /** Percent figure (25 for 25%); null when the cell is empty or not a number. */
  percent: number | null;
  text: string;
}

/** The 一级 or 二级 label a row sits under (from its merged cell, or carried down from above). */
export interface CategoryLabel extends TextCell {
  mark: RequirementMark | null;
  /** The label is a cell merged down over several rows (the rows it labels). */
  merged?: boolean;
}

export interface IndicatorRow {
  row: number;
  level1: (CategoryLabel & { id: Level1Id | null }) | null;
  level2: (CategoryLabel & { id: Level2Id | null }) | null;
  /** 三级指标 without its "指标1:" prefixes; "" when none is written. */
  name: string;
  nameCell: CellPos;
  /** Numbers of the "指标N:" prefixes in the name cell ("指标1: 指标2:" → [1, 2]). */
  numbers: number[];
  /** 绩效指标描述 (河北 and 上海 layouts). */
  description?: TextCell;
  value: IndicatorValue;
  valueCell: CellPos;
  /** The 指标值 cell's displayed text. */
  valueText: string;
  /** 指标值确定依据; present (possibly with text "") when the table has that column. */
  basis?: TextCell;
  /** Levels whose cell in this row is blank and not merged: the label was carried down from above. */
  carried?: ('level1' | 'level2')[];
}

/** A run of rows under one 二级 label. The same 二级 may appear in several runs. */
export interface IndicatorCategory {
  level1: Level1Id | null;
  level2: Level2Id | null;
  /** The 二级 label as written ("数量指标（必填硬性指标）"). */
  label: TextCell;
  mark: RequirementMark | null;
  rows: IndicatorRow[];
}

/** Column of each part of the indicator block, from its header row. */
export interface IndicatorColumns {
  level1: number;
  level2: number;
  level3: number;
  description?: number;
  value: number;
  /** The 指标值 header says （%）: bare numbers in it are percentages. */
  valueInPercent?: boolean;
  basis?: number;
}

export interface IndicatorBlock {
  headerRow: number;
  columns: IndicatorColumns;
  /** Rows of the block (blank template slots included), top to bottom. */
  rows: IndicatorRow[];
  categories: IndicatorCategory[];
  /** Last row of the block (before 综合评定等级 or the end of the region). */
  bottom: number;
}

/** What tells the layout of a sheet, for the profile auto-detection. */
export interface LayoutHints {
  /** Labels carry (必填)/(选填) marks (宁夏 templates). */
  marks: boolean;
  /** 效果指标 as the 效益 一级 (河北). */
  effectAlias: boolean;
  /** A 指标值确定依据 column (河北). */
  basisColumn: boolean;
  /** 成本指标 as an 一级 (上海, 财政部 2021). */
  costAsLevel1: boolean;
}

/** The labelled facts above the indicator block, each the text right of its label. */
export interface ProjectFacts {
  /** 项目名称 (or the project named by the title: "1、网络安全和信息化项目绩效目标表"). */
  name?: TextCell;
  /** 项目编码 (河北). */
  code?: TextCell;
  /** 主管部门及代码 (宁夏). */
  department?: TextCell;
  /** 实施单位. */
  implementer?: TextCell;
  /** 项目属性 / 项目性质: 延续项目, "0101-一年期项目". */
  attribute?: TextCell;
  /** 项目类别 (上海). */
  category?: TextCell;
  /** 计划开始日期 / 计划完成日期 (上海). */
  start?: TextCell;
  end?: TextCell;
  /** 项目总体目标: the whole (multi-year) project's goal, beside the 年度总体目标. */
  overallGoal?: TextCell;
  /** 项目期: "2023年度", "1 年". */
  period?: TextCell;
  /** 年度总体目标 / 绩效目标. */
  goal?: TextCell;
  /** 资金用途 (河北 预算规模及资金用途). */
  purpose?: TextCell;
}

export interface ProjectPerformanceTable extends TableBase<'performance.project'> {
  facts: ProjectFacts;
  funds: ProjectFunds | null;
  /** 资金支出计划 points left to right; empty when the sheet has none. */
  schedule: SchedulePoint[];
  indicators: IndicatorBlock | null;
  hints: LayoutHints;
}

export interface DepartmentPerformanceTable extends TableBase<'performance.department'> {
  /** The indicator table when the department's targets come as one; null for text only. */
  indicators: IndicatorBlock | null;
  hints: LayoutHints;
  paragraphs: TextCell[];
}

export interface PerformanceTableModels {
  'performance.project': ProjectPerformanceTable;
  'performance.department': DepartmentPerformanceTable;
}
