/**
 * Form rows shared by the 绩效目标表 layouts: the title with its year, a labelled input line, the
 * 项目资金 block and the indicator header row.
 */
import { toA1 } from '../../grid/address';
import type { MoneyUnit } from '../../parse/amount';
import { amountStyle, headerStyle, labelStyle, textInputStyle, totalStyle, type SheetBuilder } from '../sheet';

const formLabel = { ...headerStyle, bold: false };

/** The title on row 0 and "（2024年度）" centred under it. */
export function formHeading(sheet: SheetBuilder, title: string, year: number): void {
  sheet.title(0, title);
  sheet.put(1, 0, `（${year}年度）`, { align: 'center' }, { cols: sheet.width });
}

/** "项目名称 | ____" across the sheet's width; `height` rows tall for long text. */
export function formLine(sheet: SheetBuilder, row: number, label: string, value: string | null = null): void {
  sheet.put(row, 0, label, formLabel);
  sheet.put(row, 1, value, textInputStyle, { cols: sheet.width - 1 });
}

/** "主管部门 | ____ | 实施单位 | ____": two labelled inputs on one line (label columns given). */
export function formPair(
  sheet: SheetBuilder,
  row: number,
  left: [string, string | null],
  right: [string, string | null],
  rightLabelCol: number,
): void {
  sheet.put(row, 0, left[0], formLabel);
  sheet.put(row, 1, left[1], textInputStyle, { cols: rightLabelCol - 1 });
  sheet.put(row, rightLabelCol, right[0], formLabel);
  sheet.put(row, rightLabelCol + 1, right[1], textInputStyle, { cols: sheet.width - rightLabelCol - 1 });
}

/**
 * 项目资金（万元）: 年度资金总额 = 财政拨款 + 其他资金, over three rows; the label spans them.
 * `amountCol` is where the amounts sit (merged to the right edge). Returns the last row.
 */
export function fundsBlock(
  sheet: SheetBuilder,
  top: number,
  unit: MoneyUnit,
  amountCol: number,
  heading = '项目资金',
): number {
  const [total, fiscal, other] = [top, top + 1, top + 2];
  const span = { cols: sheet.width - amountCol };
  sheet.put(top, 0, `${heading}（${unit}）`, formLabel, { rows: 3 });
  const labels: [number, string][] = [
    [total, '年度资金总额：'],
    [fiscal, '其中：财政拨款'],
    [other, '其他资金'],
  ];
  for (const [row, label] of labels) sheet.put(row, 1, label, labelStyle, { cols: amountCol - 1 });
  sheet.put(total, amountCol, `=${toA1(fiscal, amountCol)}+${toA1(other, amountCol)}`, totalStyle, span);
  sheet.put(fiscal, amountCol, null, amountStyle, span);
  sheet.put(other, amountCol, null, amountStyle, span);
  return other;
}

/** The header row of the indicator block, one label per column from column 0. */
export function indicatorHeader(sheet: SheetBuilder, row: number, labels: readonly string[]): void {
  labels.forEach((label, col) => sheet.put(row, col, label, headerStyle));
}
