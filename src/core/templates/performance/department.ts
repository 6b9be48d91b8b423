/** 部门整体绩效目标表: 部门名称, 年度预算资金 (总额 = 财政拨款 + 其他资金), 年度总体目标, indicators. */
import type { SheetDraft } from '../draft';
import type { TemplateOptions } from '../options';
import { SheetBuilder } from '../sheet';
import { formHeading, formLine, fundsBlock, indicatorHeader } from './form';
import { COMMON_CATEGORIES, indicatorSection } from './indicators';

export function departmentTable(options: TemplateOptions): SheetDraft {
  const sheet = new SheetBuilder('部门整体绩效目标表', [14, 18, 30, 20, 20]);
  formHeading(sheet, '部门整体绩效目标表', options.year);
  formLine(sheet, 2, '部门名称', options.unitName || null);
  const fundsEnd = fundsBlock(sheet, 3, options.unit, 3, '年度预算资金');
  formLine(sheet, fundsEnd + 1, '年度总体目标');
  formLine(sheet, fundsEnd + 2, '年度主要任务');
  const head = fundsEnd + 3;
  indicatorHeader(sheet, head, ['一级指标', '二级指标', '三级指标', '指标值', '备注']);
  const columns = { level1: 0, level2: 1, inputs: [{ col: 2 }, { col: 3 }, { col: 4 }] };
  return indicatorSection(sheet, head, COMMON_CATEGORIES, columns, options, false);
}
