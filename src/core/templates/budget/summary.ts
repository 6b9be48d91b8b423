/**
 * 部门预算收支总表 and 财政拨款收支总表: income sources on the left, the 31 功能分类 类 on the right;
 * 本年合计, 结转 and 总计 rows are formulas, so the totals follow whatever the user fills in.
 */
import type { SheetDraft } from '../draft';
import type { TemplateOptions } from '../options';
import { amountStyle, labelStyle, totalStyle } from '../sheet';
import { addCells, sumColumn, sumRow, tableFrame, type TableFrame } from '../table';
import { FISCAL_INCOME_SOURCES, FUNCTION_CLASSES, INCOME_SOURCES } from './lines';

const numberStyle = { align: 'center', border: true } as const;

/**
 * The body both 收支总表 share: one row per 功能分类 类 with its 序号, the income source listed on
 * the same row (there are fewer sources than 类) and its amount, then the 类 with the amount cells
 * `spendingAmounts` writes. Returns the row under the last 类, where the 本年合计 row goes.
 */
export function classLines(
  frame: TableFrame,
  incomeSources: readonly string[],
  spendingAmounts: (row: number) => void,
): number {
  const { sheet, col, bodyTop } = frame;
  FUNCTION_CLASSES.forEach((label, i) => {
    const row = bodyTop + i;
    sheet.put(row, col.no, i + 1, numberStyle);
    sheet.put(row, col.income, incomeSources[i] ?? null, labelStyle);
    sheet.put(row, col.incomeAmount, null, amountStyle);
    sheet.put(row, col.spending, label, labelStyle);
    spendingAmounts(row);
  });
  return bodyTop + FUNCTION_CLASSES.length;
}

export function summaryTable(options: TemplateOptions): SheetDraft {
  const frame = tableFrame(
    '1收支总表',
    '部门预算收支总表',
    [
      { label: '序号', key: 'no', width: 6 },
      {
        label: '收入',
        children: [
          { label: '项目', key: 'income', width: 30 },
          { label: '预算数', key: 'incomeAmount', width: 14 },
        ],
      },
      {
        label: '支出',
        children: [
          { label: '项目', key: 'spending', width: 30 },
          { label: '预算数', key: 'spendingAmount', width: 14 },
        ],
      },
    ],
    options,
  );
  const { sheet, col, bodyTop } = frame;
  const total = classLines(frame, INCOME_SOURCES, (row) => sheet.put(row, col.spendingAmount, null, amountStyle));
  const carry = total + 1;
  const grand = total + 2;
  const lines: [number, string, string, string | null, string | null][] = [
    [
      total,
      '本年收入合计',
      '本年支出合计',
      sumColumn(col.incomeAmount, bodyTop, bodyTop + INCOME_SOURCES.length - 1),
      sumColumn(col.spendingAmount, bodyTop, total - 1),
    ],
    [carry, '上年结转结余', '年终结转结余', null, null],
    [
      grand,
      '收入总计',
      '支出总计',
      addCells(col.incomeAmount, [total, carry]),
      addCells(col.spendingAmount, [total, carry]),
    ],
  ];
  for (const [row, income, spending, incomeFormula, spendingFormula] of lines) {
    sheet.put(row, col.no, row - bodyTop + 1, numberStyle);
    sheet.put(row, col.income, income, { ...labelStyle, bold: row !== carry });
    sheet.put(row, col.incomeAmount, incomeFormula, row === carry ? amountStyle : totalStyle);
    sheet.put(row, col.spending, spending, { ...labelStyle, bold: row !== carry });
    sheet.put(row, col.spendingAmount, spendingFormula, row === carry ? amountStyle : totalStyle);
  }
  return sheet.build();
}

export function fiscalSummaryTable(options: TemplateOptions): SheetDraft {
  const frame = tableFrame(
    '4财政拨款收支总表',
    '部门预算财政拨款收支总表',
    [
      { label: '序号', key: 'no', width: 6 },
      {
        label: '收入',
        children: [
          { label: '项目', key: 'income', width: 26 },
          { label: '金额', key: 'incomeAmount', width: 13 },
        ],
      },
      {
        label: '支出',
        children: [
          { label: '项目', key: 'spending', width: 28 },
          { label: '合计', key: 'total', width: 13 },
          { label: '一般公共预算财政拨款', key: 'general', width: 13 },
          { label: '政府性基金预算财政拨款', key: 'fund', width: 13 },
          { label: '国有资本经营预算财政拨款', key: 'capital', width: 13 },
        ],
      },
    ],
    options,
  );
  const { sheet, col, bodyTop } = frame;
  const sources = [col.general, col.fund, col.capital];
  const spendingCols = [col.total, ...sources];
  /** One expenditure line: 合计 = Σ of the three fund columns, which the user fills. */
  const spendingLine = (row: number) => {
    sheet.put(row, col.total, sumRow(row, col.general, col.capital), totalStyle);
    for (const c of sources) sheet.put(row, c, null, amountStyle);
  };
  const total = classLines(frame, FISCAL_INCOME_SOURCES, spendingLine);
  const carry = total + 1;
  const carryLines = FISCAL_INCOME_SOURCES.map((_, i) => carry + 1 + i);
  const grand = carry + FISCAL_INCOME_SOURCES.length + 1;
  for (let row = total; row <= grand; row++) sheet.put(row, col.no, row - bodyTop + 1, numberStyle);

  sheet.put(total, col.income, '本年收入合计', { ...labelStyle, bold: true });
  sheet.put(
    total,
    col.incomeAmount,
    sumColumn(col.incomeAmount, bodyTop, bodyTop + FISCAL_INCOME_SOURCES.length - 1),
    totalStyle,
  );
  sheet.put(total, col.spending, '本年支出合计', { ...labelStyle, bold: true });
  for (const c of spendingCols) sheet.put(total, c, sumColumn(c, bodyTop, total - 1), totalStyle);

  sheet.put(carry, col.income, '年初财政拨款结转和结余', labelStyle);
  sheet.put(
    carry,
    col.incomeAmount,
    sumColumn(col.incomeAmount, carryLines[0], carryLines[carryLines.length - 1]),
    totalStyle,
  );
  sheet.put(carry, col.spending, '年末财政拨款结转和结余', labelStyle);
  spendingLine(carry);
  FISCAL_INCOME_SOURCES.forEach((label, i) => {
    const row = carryLines[i];
    sheet.put(row, col.income, label, labelStyle);
    sheet.put(row, col.incomeAmount, null, amountStyle);
    sheet.put(row, col.spending, null, labelStyle);
    for (const c of spendingCols) sheet.put(row, c, null, amountStyle);
  });

  sheet.put(grand, col.income, '收入总计', { ...labelStyle, bold: true });
  sheet.put(grand, col.incomeAmount, addCells(col.incomeAmount, [total, carry]), totalStyle);
  sheet.put(grand, col.spending, '支出总计', { ...labelStyle, bold: true });
  for (const c of spendingCols) sheet.put(grand, c, addCells(c, [total, carry]), totalStyle);
  return sheet.build();
}
