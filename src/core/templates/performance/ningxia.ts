/**
 * 宁夏 部门项目支出预算绩效目标申报表 (the 平罗/沙坡头 layout): project facts, 项目资金 with a
 * formula total, 年度总体目标, and every indicator category with its 必填/选填 mark.
 */
import type { SheetDraft } from '../draft';
import { clampCount, DEFAULT_INDICATOR_ROWS, MAX_ROWS, type TemplateOptions } from '../options';
import { headerStyle, SheetBuilder } from '../sheet';
import { formLine, formPair, fundsBlock } from './form';
import { indicatorRows, NINGXIA_CATEGORIES } from './indicators';

export function ningxiaProjectTable(options: TemplateOptions, sheetName: string): SheetDraft {
  const sheet = new SheetBuilder(sheetName, [14, 16, 24, 40, 22]);
  sheet.title(0, '部门项目支出预算绩效目标申报表');
  sheet.put(1, 0, `（${options.year}年度）`, { align: 'center' }, { cols: sheet.width });
  formLine(sheet, 2, '项目名称');
  formPair(sheet, 3, ['主管部门及代码', options.unitName || null], ['实施单位', options.unitName || null], 3);
  formPair(sheet, 4, ['项目属性', null], ['项目期', null], 3);
  const fundsEnd = fundsBlock(sheet, 5, options.unit, 3);
  formLine(sheet, fundsEnd + 1, '年度总体目标');
  const head = fundsEnd + 2;
  ['名称', '一级指标', '二级指标', '三级指标', '指标值'].forEach((label, col) =>
    sheet.put(head, col, label, headerStyle),
  );
  const rows = clampCount(options.indicatorRows, DEFAULT_INDICATOR_ROWS, MAX_ROWS);
  indicatorRows(
    sheet,
    head + 1,
    NINGXIA_CATEGORIES,
    { block: 0, level1: 1, level2: 2, inputs: [{ col: 3 }, { col: 4 }] },
    rows,
  );
  sheet.header(0, head);
  sheet.landscape(false);
  return sheet.build();
}
