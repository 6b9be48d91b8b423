/**
 * 财政拨款"三公"经费支出表: 因公出国（境）费, 公务用车购置及运行维护费 (split into 购置 and
 * 运行维护) and 公务接待费, by source of funds; the 合计 row and column and the car subtotal are formulas.
 */
import type { SheetDraft } from '../draft';
import type { TemplateOptions } from '../options';
import { amountStyle, labelStyle, totalStyle } from '../sheet';
import { addCells, sumRow, tableFrame } from '../table';

export function threePublicTable(options: TemplateOptions): SheetDraft {
  const { sheet, col, bodyTop } = tableFrame(
    '9三公经费支出表',
    '部门预算财政拨款“三公”经费支出表',
    [
      { label: '序号', key: 'no', width: 6 },
      { label: '项目', key: 'item', width: 32 },
      {
        label: '资金性质',
        children: [
          { label: '合计', key: 'total', width: 14 },
          { label: '一般公共预算财政拨款', key: 'general', width: 14 },
          { label: '政府性基金预算拨款', key: 'fund', width: 14 },
          { label: '国有资本经营预算财政拨款', key: 'capital', width: 14 },
        ],
      },
    ],
    options,
  );
  const [total, abroad, car, carPurchase, carUpkeep, reception] = [0, 1, 2, 3, 4, 5].map((i) => bodyTop + i);
  const labels: [number, string][] = [
    [total, '合计'],
    [abroad, '1.因公出国（境）费'],
    [car, '2.公务用车购置及运行维护费'],
    [carPurchase, '   其中：（1）公务用车购置费'],
    [carUpkeep, '         （2）公务用车运行维护费'],
    [reception, '3.公务接待费'],
  ];
  for (const [row, label] of labels) {
    const isSum = row === total || row === car;
    sheet.put(row, col.no, row - bodyTop + 1, { align: 'center', border: true });
    sheet.put(row, col.item, label, { ...labelStyle, bold: row === total });
    sheet.put(row, col.total, sumRow(row, col.general, col.capital), totalStyle);
    for (const c of [col.general, col.fund, col.capital]) {
      const formula =
        row === total
          ? addCells(c, [abroad, car, reception])
          : row === car
            ? addCells(c, [carPurchase, carUpkeep])
            : null;
      sheet.put(row, c, formula, isSum ? totalStyle : amountStyle);
    }
  }
  return sheet.build();
}
