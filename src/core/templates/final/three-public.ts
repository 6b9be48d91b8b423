/**
 * 财政拨款“三公”经费支出决算表 (公开09表): the 三公 items as rows, 预算数 and 决算数 as columns; in
 * each column 合计 = 出国 + 用车 + 接待 and 用车 = 购置 + 运行维护 are formulas.
 */
import type { SheetDraft } from '../draft';
import type { TemplateOptions } from '../options';
import { amountStyle, labelStyle, totalStyle } from '../sheet';
import { addCells, tableFrame } from '../table';
import { threePublicLines } from '../three-public-lines';

export function finalThreePublicTable(options: TemplateOptions): SheetDraft {
  const { sheet, col, bodyTop } = tableFrame(
    '9财政拨款“三公”经费支出决算表',
    '财政拨款“三公”经费支出决算表',
    [
      { label: '序号', key: 'no', width: 6 },
      { label: '项目', key: 'item', width: 32 },
      { label: '预算数', key: 'budget', width: 14 },
      { label: '决算数', key: 'actual', width: 14 },
    ],
    options,
    '决算年度',
  );
  const { total, abroad, car, carPurchase, carUpkeep, reception, labels } = threePublicLines(bodyTop);
  for (const [row, label] of labels) {
    sheet.put(row, col.no, row - bodyTop + 1, { align: 'center', border: true });
    sheet.put(row, col.item, label, { ...labelStyle, bold: row === total });
    for (const c of [col.budget, col.actual]) {
      const formula =
        row === total
          ? addCells(c, [abroad, car, reception])
          : row === car
            ? addCells(c, [carPurchase, carUpkeep])
            : null;
      sheet.put(row, c, formula, formula ? totalStyle : amountStyle);
    }
  }
  return sheet.build();
}
