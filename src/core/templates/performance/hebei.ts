/**
 * 河北 项目支出绩效目标表 (the 巨鹿/山海关 layout): 项目编码, 预算数 = 财政资金 + 其他资金,
 * 资金支出计划（%） by quarter as percentages, 绩效指标描述 and 指标值确定依据 with a dropdown.
 */
import { toA1 } from '../../grid/address';
import type { SheetDraft } from '../draft';
import type { TemplateOptions } from '../options';
import { amountStyle, headerStyle, PERCENT_FORMAT, SheetBuilder, textInputStyle, totalStyle } from '../sheet';
import { formLine } from './form';
import { BASIS_OPTIONS, COMMON_CATEGORIES, indicatorSection } from './indicators';

const formLabel = { ...headerStyle, bold: false };

export function hebeiProjectTable(options: TemplateOptions, sheetName: string): SheetDraft {
  const sheet = new SheetBuilder(sheetName, [14, 14, 18, 16, 20, 14, 18]);
  sheet.title(0, `${options.year}年项目支出绩效目标表`);
  if (options.unitName) sheet.put(1, 0, `单位名称：${options.unitName}`, { align: 'left' }, { cols: 5 });
  sheet.put(1, 5, `单位：${options.unit}`, { align: 'right' }, { cols: 2 });

  sheet.put(2, 0, '项目编码', formLabel);
  sheet.put(2, 1, null, textInputStyle, { cols: 2 });
  sheet.put(2, 3, '项目名称', formLabel);
  sheet.put(2, 4, null, textInputStyle, { cols: 3 });

  // 预算数 = 其中：财政资金 + 其他资金.
  sheet.put(3, 0, '预算规模及资金用途', formLabel, { rows: 2 });
  sheet.put(3, 1, '预算数', formLabel);
  sheet.put(3, 2, `=${toA1(3, 4)}+${toA1(3, 6)}`, totalStyle);
  sheet.put(3, 3, '其中：财政资金', formLabel);
  sheet.put(3, 4, null, amountStyle);
  sheet.put(3, 5, '其他资金', formLabel);
  sheet.put(3, 6, null, amountStyle);
  sheet.put(4, 1, null, textInputStyle, { cols: 6 });

  sheet.put(5, 0, '资金支出计划（%）', formLabel, { rows: 2 });
  const quarters: [string, number, number][] = [
    ['3月底', 1, 1],
    ['6月底', 2, 1],
    ['10月底', 3, 2],
    ['12月底', 5, 2],
  ];
  const percent = { numberFormat: PERCENT_FORMAT, align: 'center', border: true } as const;
  for (const [label, col, cols] of quarters) {
    sheet.put(5, col, label, formLabel, { cols });
    sheet.put(6, col, null, percent, { cols });
  }
  formLine(sheet, 7, '绩效目标');

  const head = 8;
  sheet.put(head, 0, '一级指标', headerStyle);
  sheet.put(head, 1, '二级指标', headerStyle);
  sheet.put(head, 2, '三级指标', headerStyle);
  sheet.put(head, 3, '绩效指标描述', headerStyle, { cols: 2 });
  sheet.put(head, 5, '指标值', headerStyle);
  sheet.put(head, 6, '指标值确定依据', headerStyle);
  const columns = {
    level1: 0,
    level2: 1,
    inputs: [{ col: 2 }, { col: 3, span: 2 }, { col: 5 }, { col: 6, list: BASIS_OPTIONS }],
  };
  return indicatorSection(sheet, head, COMMON_CATEGORIES, columns, options, true);
}
