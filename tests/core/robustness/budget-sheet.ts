/**
 * Hand-built variants of pingxiang's 一般公共预算财政拨款支出表 (same figures, other layouts) and the
 * budget rule set the robustness tests run, so each test states only the layout it varies.
 */
import { gridFromRows } from '../../../src/core/grid/access';
import type { CellValue, SheetGrid } from '../../../src/core/grid/types';
import { codeRules } from '../../../src/core/rules/code';
import { crossRules } from '../../../src/core/rules/cross';
import { structureRules } from '../../../src/core/rules/structure';
import { sumRules } from '../../../src/core/rules/sum';

/** Every rule that reads the budget tables (the narrative and performance families aside). */
export const BUDGET_RULES = [...structureRules, ...codeRules, ...sumRules, ...crossRules];

export const GENERAL = '5一般公共预算支出表';

/** [code, name, 合计, 基本支出, 项目支出] of pingxiang's table, in 万元. */
export type CodeLine = [string, string, number | null, number | null, number | null];

export const LINES: readonly CodeLine[] = [
  ['201', '一般公共服务支出', 91.04, 61.04, 30],
  ['20137', '网信事务', 91.04, 61.04, 30],
  ['2013701', '行政运行', 61.04, 61.04, null],
  ['2013702', '一般行政管理事务', 30, null, 30],
  ['208', '社会保障和就业支出', 6, 6, null],
  ['20805', '行政事业单位养老支出', 6, 6, null],
  ['2080505', '机关事业单位基本养老保险缴费支出', 6, 6, null],
  ['210', '卫生健康支出', 5.5, 5.5, null],
  ['21011', '行政事业单位医疗', 5.5, 5.5, null],
  ['2101101', '行政单位医疗', 5.5, 5.5, null],
  ['221', '住房保障支出', 5, 5, null],
  ['22102', '住房改革支出', 5, 5, null],
  ['2210201', '住房公积金', 5, 5, null],
];

export const TOTAL: CellValue[] = [107.54, 77.54, 30];

/** The lines with 2013701 行政运行 mistyped as 61.40 (合计 and 基本支出): 20137 no longer adds up. */
export function withMistypedLine(lines: readonly CodeLine[] = LINES): CodeLine[] {
  return lines.map((line) => (line[0] === '2013701' ? [line[0], line[1], 61.4, 61.4, null] : line));
}

/** Title, meta row, one header row (科目编码 | 科目名称 | 合计 | 基本支出 | 项目支出 unless given), body. */
export function generalSheet(
  body: CellValue[][],
  header: CellValue[][] = [['科目编码', '科目名称', '合计', '基本支出', '项目支出']],
): SheetGrid {
  return gridFromRows(GENERAL, [
    ['部门预算一般公共预算财政拨款支出表'],
    ['预算年度：2023', null, null, null, '单位：万元'],
    ...header,
    ...body,
  ]);
}
