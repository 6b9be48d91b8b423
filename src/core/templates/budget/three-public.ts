/**
 * 财政拨款"三公"经费支出表: 因公出国（境）费, 公务用车购置及运行维护费 (split into 购置 and
 * 运行维护) and 公务接待费, by source of funds; the 合计 row and column and the car subtotal are formulas.
 */
import type { SheetDraft } from '../draft';
import type { TemplateOptions } from '../options';
import { amountStyle, labelStyle, totalStyle } from '../sheet';
import { addCells, sumRow, tableFrame } from '../table';
import { threePublicLines } from '../three-public-lines';

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
  const { total, abroad, car, carPurchase, carUpkeep, reception, labels } = threePublicLines(bodyTop);
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
