/** What a user chooses when inserting a template, and the meta line every budget table carries. */
import type { MoneyUnit } from '../parse/amount';

export interface TemplateOptions {
  /** 单位名称; left empty when unknown (never a placeholder such as "XX单位"). */
  unitName: string;
  /** 预算年度. */
  year: number;
  unit: MoneyUnit;
  /** Blank 科目 rows in the 收入/支出/功能分类/经济分类 tables. */
  codeRows?: number;
  /** Blank 三级指标 rows under each 二级指标 of a 绩效目标表. */
  indicatorRows?: number;
  /** 绩效目标表 sheets to create (one per project). */
  projects?: number;
}

export const DEFAULT_CODE_ROWS = 20;
export const DEFAULT_INDICATOR_ROWS = 2;
export const MAX_ROWS = 200;
export const MAX_PROJECTS = 50;

export function clampCount(value: number | undefined, fallback: number, max: number): number {
  if (value === undefined || !Number.isFinite(value)) return fallback;
  return Math.min(max, Math.max(1, Math.floor(value)));
}
