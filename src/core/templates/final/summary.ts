/**
 * 收入支出决算总表 and 财政拨款收入支出决算总表 (公开01, 04表): income sources on the left, the 31
 * 功能分类 类 on the right, then the 决算 balance rows. Totals are formulas, and so is each
 * 年末结转和结余 (年初 + 本年收入 − 本年支出, per fund in the 财政拨款 table), so a filled table's two
 * 总计 agree whatever the user types.
 */
import { toA1 } from '../../grid/address';
import { classLines } from '../budget/summary';
import type { SheetDraft } from '../draft';
import type { TemplateOptions } from '../options';
import { amountStyle, labelStyle, totalStyle } from '../sheet';
import { addCells, sumColumn, sumRow, tableFrame, type HeaderNode } from '../table';
import { FINAL_FISCAL_FUNDS, FINAL_FUND_COLUMNS, FINAL_INCOME_SOURCES } from './lines';

const numberStyle = { align: 'center', border: true } as const;
const bold = { ...labelStyle, bold: true };

const side = (label: string, item: string, amounts: HeaderNode[]): HeaderNode => ({
  label,
  children: [{ label: '项目', key: item, width: 30 }, ...amounts],
});

export function finalSummaryTable(options: TemplateOptions): SheetDraft {
  const frame = tableFrame(
    '1收入支出决算总表',
    '收入支出决算总表',
    [
      { label: '行次', key: 'no', width: 6 },
      side('收入', 'income', [{ label: '决算数', key: 'incomeAmount', width: 14 }]),
      side('支出', 'spending', [{ label: '决算数', key: 'spendingAmount', width: 14 }]),
    ],
    options,
    '决算年度',
  );
  const { sheet, col, bodyTop } = frame;
  const total = classLines(frame, FINAL_INCOME_SOURCES, (row) => sheet.put(row, col.spendingAmount, null, amountStyle));
  const [unused, opening, grand] = [total + 1, total + 2, total + 3];
  const income = (row: number) => toA1(row, col.incomeAmount);
  const spending = (row: number) => toA1(row, col.spendingAmount);
  const lines: [number, string, string | null, string, string | null][] = [
    [
      total,
      '本年收入合计',
      sumColumn(col.incomeAmount, bodyTop, bodyTop + FINAL_INCOME_SOURCES.length - 1),
      '本年支出合计',
      sumColumn(col.spendingAmount, bodyTop, total - 1),
    ],
    [unused, '使用非财政拨款结余', null, '结余分配', null],
    [
      opening,
      '年初结转和结余',
      null,
      '年末结转和结余',
      `=${income(opening)}+${income(total)}+${income(unused)}-${spending(total)}-${spending(unused)}`,
    ],
    [
      grand,
      '总计',
      addCells(col.incomeAmount, [total, unused, opening]),
      '总计',
      addCells(col.spendingAmount, [total, unused, opening]),
    ],
  ];
  for (const [row, incomeLabel, incomeFormula, spendingLabel, spendingFormula] of lines) {
    const isTotal = row === total || row === grand;
    sheet.put(row, col.no, row - bodyTop + 1, numberStyle);
    sheet.put(row, col.income, incomeLabel, isTotal ? bold : labelStyle);
    sheet.put(row, col.incomeAmount, incomeFormula, incomeFormula ? totalStyle : amountStyle);
    sheet.put(row, col.spending, spendingLabel, isTotal ? bold : labelStyle);
    sheet.put(row, col.spendingAmount, spendingFormula, spendingFormula ? totalStyle : amountStyle);
  }
  return sheet.build();
}

export function finalFiscalSummaryTable(options: TemplateOptions): SheetDraft {
  const fundKeys = ['general', 'fund', 'capital'];
  const frame = tableFrame(
    '4财政拨款收入支出决算总表',
    '财政拨款收入支出决算总表',
    [
      { label: '行次', key: 'no', width: 6 },
      side('收入', 'income', [{ label: '决算数', key: 'incomeAmount', width: 13 }]),
      side('支出', 'spending', [
        { label: '合计', key: 'total', width: 13 },
        ...FINAL_FUND_COLUMNS.map((label, i) => ({ label, key: fundKeys[i], width: 13 })),
      ]),
    ],
    options,
    '决算年度',
  );
  const { sheet, col, bodyTop } = frame;
  const funds = fundKeys.map((key) => col[key]);
  const spendingCols = [col.total, ...funds];
  /** 合计 = Σ of the three fund columns on every spending line. */
  const spendingTotal = (row: number) => sheet.put(row, col.total, sumRow(row, funds[0], funds[2]), totalStyle);
  const total = classLines(frame, FINAL_FISCAL_FUNDS, (row) => {
    spendingTotal(row);
    for (const c of funds) sheet.put(row, c, null, amountStyle);
  });
  const opening = total + 1;
  const openingLines = FINAL_FISCAL_FUNDS.map((_, i) => opening + 1 + i);
  const grand = opening + FINAL_FISCAL_FUNDS.length + 1;
  for (let row = total; row <= grand; row++) sheet.put(row, col.no, row - bodyTop + 1, numberStyle);

  sheet.put(total, col.income, '本年收入合计', bold);
  sheet.put(
    total,
    col.incomeAmount,
    sumColumn(col.incomeAmount, bodyTop, bodyTop + FINAL_FISCAL_FUNDS.length - 1),
    totalStyle,
  );
  sheet.put(total, col.spending, '本年支出合计', bold);
  for (const c of spendingCols) sheet.put(total, c, sumColumn(c, bodyTop, total - 1), totalStyle);

  sheet.put(opening, col.income, '年初财政拨款结转和结余', labelStyle);
  sheet.put(opening, col.incomeAmount, sumColumn(col.incomeAmount, openingLines[0], openingLines[2]), totalStyle);
  sheet.put(opening, col.spending, '年末财政拨款结转和结余', labelStyle);
  spendingTotal(opening);
  // Each fund's 年末 = its 年初 line + its 本年收入 row − its 本年支出合计.
  funds.forEach((c, i) => {
    const formula = `=${toA1(openingLines[i], col.incomeAmount)}+${toA1(bodyTop + i, col.incomeAmount)}-${toA1(total, c)}`;
    sheet.put(opening, c, formula, totalStyle);
  });
  FINAL_FISCAL_FUNDS.forEach((label, i) => {
    const row = openingLines[i];
    sheet.put(row, col.income, label, labelStyle);
    sheet.put(row, col.incomeAmount, null, amountStyle);
    sheet.put(row, col.spending, null, labelStyle);
    for (const c of spendingCols) sheet.put(row, c, null, { border: true });
  });

  sheet.put(grand, col.income, '总计', bold);
  sheet.put(grand, col.incomeAmount, addCells(col.incomeAmount, [total, opening]), totalStyle);
  sheet.put(grand, col.spending, '总计', bold);
  for (const c of spendingCols) sheet.put(grand, c, addCells(c, [total, opening]), totalStyle);
  return sheet.build();
}
