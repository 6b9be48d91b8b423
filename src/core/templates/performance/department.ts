/** 部门整体绩效目标表: 部门名称, 年度预算资金 (总额 = 财政拨款 + 其他资金), 年度总体目标, indicators. */
import type { SheetDraft } from '../draft';
import { clampCount, DEFAULT_INDICATOR_ROWS, MAX_ROWS, type TemplateOptions } from '../options';
import { headerStyle, SheetBuilder } from '../sheet';
import { formLine, fundsBlock } from './form';
import { COMMON_CATEGORIES, indicatorRows } from './indicators';

export function departmentTable(options: TemplateOptions): SheetDraft {
  const sheet = new SheetBuilder('部门整体绩效目标表', [14, 18, 30, 20, 20]);
  sheet.title(0, '部门整体绩效目标表');
  sheet.put(1, 0, `（${options.year}年度）`, { align: 'center' }, { cols: sheet.width });
  formLine(sheet, 2, '部门名称', options.unitName || null);
  const fundsEnd = fundsBlock(sheet, 3, options.unit, 3, '年度预算资金');
  formLine(sheet, fundsEnd + 1, '年度总体目标');
  formLine(sheet, fundsEnd + 2, '年度主要任务');
  const head = fundsEnd + 3;
  ['一级指标', '二级指标', '三级指标', '指标值', '备注'].forEach((label, col) =>
    sheet.put(head, col, label, headerStyle),
  );
  const rows = clampCount(options.indicatorRows, DEFAULT_INDICATOR_ROWS, MAX_ROWS);
  indicatorRows(
    sheet,
    head + 1,
    COMMON_CATEGORIES,
    { level1: 0, level2: 1, inputs: [{ col: 2 }, { col: 3 }, { col: 4 }] },
    rows,
  );
  sheet.header(0, head);
  sheet.landscape(false);
  return sheet.build();
}
