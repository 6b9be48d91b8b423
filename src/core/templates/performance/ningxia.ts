/**
 * 宁夏 部门项目支出预算绩效目标申报表 (the 平罗/沙坡头 layout): project facts, 项目资金 with a
 * formula total, 年度总体目标, and every indicator category with its 必填/选填 mark.
 */
import type { SheetDraft } from '../draft';
import type { TemplateOptions } from '../options';
import { SheetBuilder } from '../sheet';
import { formHeading, formLine, formPair, fundsBlock, indicatorHeader } from './form';
import { indicatorSection, NINGXIA_CATEGORIES } from './indicators';

export function ningxiaProjectTable(options: TemplateOptions, sheetName: string): SheetDraft {
  const sheet = new SheetBuilder(sheetName, [14, 16, 24, 40, 22]);
  formHeading(sheet, '部门项目支出预算绩效目标申报表', options.year);
  formLine(sheet, 2, '项目名称');
  formPair(sheet, 3, ['主管部门及代码', options.unitName || null], ['实施单位', options.unitName || null], 3);
  formPair(sheet, 4, ['项目属性', null], ['项目期', null], 3);
  const fundsEnd = fundsBlock(sheet, 5, options.unit, 3);
  formLine(sheet, fundsEnd + 1, '年度总体目标');
  const head = fundsEnd + 2;
  indicatorHeader(sheet, head, ['名称', '一级指标', '二级指标', '三级指标', '指标值']);
  const columns = { block: 0, level1: 1, level2: 2, inputs: [{ col: 3 }, { col: 4 }] };
  return indicatorSection(sheet, head, NINGXIA_CATEGORIES, columns, options, false);
}
