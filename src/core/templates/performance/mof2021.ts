/**
 * 项目支出绩效目标表 after the 财政部 2021 指引: 成本指标 is a 一级 of its own (经济/社会/生态环境成本),
 * next to 产出, 效益 and 满意度.
 */
import type { SheetDraft } from '../draft';
import type { TemplateOptions } from '../options';
import { SheetBuilder } from '../sheet';
import { formHeading, formLine, formPair, fundsBlock, indicatorHeader } from './form';
import { BASIS_OPTIONS, indicatorSection, MOF_2021_CATEGORIES } from './indicators';

export function mofProjectTable(options: TemplateOptions, sheetName: string): SheetDraft {
  const sheet = new SheetBuilder(sheetName, [14, 18, 30, 20, 20]);
  formHeading(sheet, '项目支出绩效目标表', options.year);
  formLine(sheet, 2, '项目名称');
  formPair(sheet, 3, ['主管部门', options.unitName || null], ['实施单位', options.unitName || null], 3);
  const fundsEnd = fundsBlock(sheet, 4, options.unit, 3);
  formLine(sheet, fundsEnd + 1, '年度总体目标');
  const head = fundsEnd + 2;
  indicatorHeader(sheet, head, ['一级指标', '二级指标', '三级指标', '指标值', '指标值确定依据']);
  const columns = { level1: 0, level2: 1, inputs: [{ col: 2 }, { col: 3 }, { col: 4, list: BASIS_OPTIONS }] };
  return indicatorSection(sheet, head, MOF_2021_CATEGORIES, columns, options, false);
}
