/**
 * The 绩效指标 block shared by the 绩效目标表 templates: 一级 → 二级 categories (with their 必填/选填
 * marks where the layout has them), N blank 三级 rows per category, merged 一级/二级 cells and
 * dropdown lists of the valid names (DESIGN.md §3).
 */
import type { SheetDraft } from '../draft';
import { clampCount, DEFAULT_INDICATOR_ROWS, MAX_ROWS, type TemplateOptions } from '../options';
import type { SheetBuilder } from '../sheet';
import { headerStyle, labelStyle, textInputStyle } from '../sheet';

export interface IndicatorCategory {
  level1: string;
  /** As printed, e.g. "数量指标（必填硬性指标）". */
  level2: string;
}

export const LEVEL1_NAMES = ['产出指标', '效益指标', '满意度指标', '成本指标'];

export const LEVEL2_NAMES = [
  '数量指标',
  '质量指标',
  '时效指标',
  '成本指标',
  '经济成本指标',
  '社会成本指标',
  '生态环境成本指标',
  '经济效益指标',
  '社会效益指标',
  '生态效益指标',
  '可持续影响指标',
  '服务对象满意度指标',
];

/** 指标值确定依据 options (财政部 2021 指引: 计划、行业、历史标准, 或其他认可的标准). */
export const BASIS_OPTIONS = ['计划标准', '行业标准', '历史标准', '其他标准'];

const categories = (level1: string, level2: string[]): IndicatorCategory[] =>
  level2.map((name) => ({ level1, level2: name }));

/** 宁夏 申报表: every category printed, with the mark the 宁夏 forms carry. */
export const NINGXIA_CATEGORIES: IndicatorCategory[] = [
  ...categories('产出指标', [
    '数量指标（必填硬性指标）',
    '质量指标（必填）',
    '时效指标（必填）',
    '成本指标（必填硬性指标）',
  ]),
  ...categories('效益指标', [
    '经济效益指标（选填）',
    '社会效益指标（必填）',
    '生态效益指标（选填）',
    '可持续影响指标（必填）',
  ]),
  ...categories('满意度指标', ['服务对象满意度指标（必填）']),
];

/** 河北 and 部门整体: 成本指标 under 产出指标, as in the 2024 forms. */
export const COMMON_CATEGORIES: IndicatorCategory[] = [
  ...categories('产出指标', ['数量指标', '质量指标', '时效指标', '成本指标']),
  ...categories('效益指标', ['社会效益指标', '可持续影响指标']),
  ...categories('满意度指标', ['服务对象满意度指标']),
];

/** 财政部 2021 指引: 成本指标 is a 一级 of its own with 经济/社会/生态环境成本. */
export const MOF_2021_CATEGORIES: IndicatorCategory[] = [
  ...categories('产出指标', ['数量指标', '质量指标', '时效指标']),
  ...categories('效益指标', ['经济效益指标', '社会效益指标', '生态效益指标', '可持续影响指标']),
  ...categories('成本指标', ['经济成本指标', '社会成本指标', '生态环境成本指标']),
  ...categories('满意度指标', ['服务对象满意度指标']),
];

export interface IndicatorColumns {
  /** Left-most column holding a merged "绩效指标" label, when the layout has one. */
  block?: number;
  level1: number;
  level2: number;
  /** The columns the user fills per 三级 row, each with its width in merged cells. */
  inputs: { col: number; span?: number; list?: string[] }[];
}

/** Writes the rows under the header. */
function indicatorRows(
  sheet: SheetBuilder,
  top: number,
  list: IndicatorCategory[],
  columns: IndicatorColumns,
  rowsPerCategory: number,
): void {
  let row = top;
  const level1Start = new Map<string, number>();
  for (const category of list) {
    if (!level1Start.has(category.level1)) level1Start.set(category.level1, row);
    sheet.put(row, columns.level2, category.level2, labelStyle, { rows: rowsPerCategory });
    for (let r = row; r < row + rowsPerCategory; r++)
      for (const input of columns.inputs) sheet.put(r, input.col, null, textInputStyle, { cols: input.span });
    row += rowsPerCategory;
  }
  const bottom = row - 1;
  const starts = [...level1Start.entries()];
  starts.forEach(([name, start], i) => {
    const end = i + 1 < starts.length ? starts[i + 1][1] - 1 : bottom;
    sheet.put(start, columns.level1, name, { ...labelStyle, align: 'center' }, { rows: end - start + 1 });
  });
  if (columns.block !== undefined)
    sheet.put(top, columns.block, '绩效指标', { ...headerStyle, bold: false }, { rows: bottom - top + 1 });
  sheet.validate({ top, left: columns.level1, bottom, right: columns.level1 }, LEVEL1_NAMES);
  sheet.validate({ top, left: columns.level2, bottom, right: columns.level2 }, LEVEL2_NAMES);
  for (const input of columns.inputs)
    if (input.list) sheet.validate({ top, left: input.col, bottom, right: input.col }, input.list);
}

/**
 * Ends a 绩效目标表: the indicator rows under the header row `head` (`options.indicatorRows` per
 * category), the rows down to `head` kept as the header (printed on every page, frozen on screen), and the page
 * orientation.
 */
export function indicatorSection(
  sheet: SheetBuilder,
  head: number,
  list: IndicatorCategory[],
  columns: IndicatorColumns,
  options: TemplateOptions,
  landscape: boolean,
): SheetDraft {
  const rows = clampCount(options.indicatorRows, DEFAULT_INDICATOR_ROWS, MAX_ROWS);
  indicatorRows(sheet, head + 1, list, columns, rows);
  sheet.header(0, head);
  sheet.landscape(landscape);
  return sheet.build();
}
