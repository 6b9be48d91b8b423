/**
 * 部门收支总表 as other provinces lay it out — a one-row header, income lines with "其中" sub-lines,
 * a filled 上年结转 — checked against pingxiang's other tables: clean when consistent, and a wrong
 * line still found.
 */
import type { CellValue, SheetGrid } from '../../../src/core/grid/types';
import { gridFromRows } from '../../../src/core/grid/access';
import { loadPingxiang } from '../helpers/fixtures';
import { edit, replaceSheet } from '../helpers/mutate';
import { findingsOf } from '../helpers/run';
import { BUDGET_RULES } from './budget-sheet';

const SUMMARY = '1收支总表';
const EXPENDITURE: [string, number][] = [
  ['一、一般公共服务支出', 91.04],
  ['二、社会保障和就业支出', 6],
  ['三、卫生健康支出', 5.5],
  ['四、住房保障支出', 5],
];

/** Title, meta row, the one header row "收入项目 | 预算数 | 支出项目 | 预算数", then income beside expenditure. */
function summarySheet(income: CellValue[][], totals: CellValue[][]): SheetGrid {
  const height = Math.max(income.length, EXPENDITURE.length);
  const lines = Array.from({ length: height }, (_, i) => [
    ...(income[i] ?? [null, null]),
    ...(EXPENDITURE[i] ?? [null, null]),
  ]);
  return gridFromRows(SUMMARY, [
    ['部门收支总表'],
    ['预算年度：2023', null, null, '单位：万元'],
    ['收入项目', '预算数', '支出项目', '预算数'],
    ...lines,
    ...totals,
  ]);
}

const TOTALS: CellValue[][] = [
  ['本年收入合计', 107.54, '本年支出合计', 107.54],
  ['上年结转结余', null, '年终结转结余', null],
  ['收入总计', 107.54, '支出总计', 107.54],
];

async function check(summary: SheetGrid, grids?: SheetGrid[]) {
  return findingsOf(replaceSheet(grids ?? (await loadPingxiang()), summary), BUDGET_RULES);
}

const rulesAt = (findings: { ruleId: string; sheet: string; cell: string }[]) =>
  findings.map((f) => `${f.ruleId} ${f.sheet}!${f.cell}`);

describe('部门收支总表 layouts', () => {
  it('a one-row header', async () => {
    expect(await check(summarySheet([['一、一般公共预算拨款收入', 107.54]], TOTALS))).toEqual([]);
    const wrong = await check(summarySheet([['一、一般公共预算拨款收入', 107.45]], TOTALS));
    expect(rulesAt(wrong)).toEqual(
      expect.arrayContaining([`sum/balance ${SUMMARY}!B8`, 'cross/total-mismatch 2收入总表!F6']),
    );
  });

  it('a vertical layout: one 项目 | 预算数 column pair, 收入 lines above 支出 lines', async () => {
    const vertical = (income: number) =>
      gridFromRows(SUMMARY, [
        ['部门收支总表'],
        ['预算年度：2023', null, '单位：万元'],
        ['项目', '预算数'],
        ['一、一般公共预算拨款收入', income],
        ['本年收入合计', 107.54],
        ['上年结转结余', null],
        ['收入总计', 107.54],
        ...EXPENDITURE,
        ['本年支出合计', 107.54],
        ['年终结转结余', null],
        ['支出总计', 107.54],
      ]);
    expect(await check(vertical(107.54))).toEqual([]);
    expect(rulesAt(await check(vertical(107.45)))).toEqual(
      expect.arrayContaining([`sum/balance ${SUMMARY}!B5`, 'cross/total-mismatch 2收入总表!F6']),
    );
  });

  it('a 序号 column on each side', async () => {
    const indexed = (income: number) =>
      gridFromRows(SUMMARY, [
        ['部门收支总表'],
        ['预算年度：2023', null, null, null, null, '单位：万元'],
        ['序号', '收入项目', '预算数', '序号', '支出项目', '预算数'],
        ...EXPENDITURE.map(([name, amount], i) => [
          i + 1,
          i === 0 ? '一、一般公共预算拨款收入' : null,
          i === 0 ? income : null,
          i + 1,
          name,
          amount,
        ]),
        [5, '本年收入合计', 107.54, 5, '本年支出合计', 107.54],
        [6, '收入总计', 107.54, 6, '支出总计', 107.54],
      ]);
    expect(await check(indexed(107.54))).toEqual([]);
    expect(rulesAt(await check(indexed(107.45)))).toEqual(expect.arrayContaining([`sum/balance ${SUMMARY}!C8`]));
  });

  it('income lines with "其中：" and "（1）" sub-lines are not added twice', async () => {
    const income = [
      ['一、一般公共预算拨款收入', 107.54],
      ['其中：网信专项', 30],
      ['（1）网络安全', 20],
      ['二、政府性基金预算拨款收入', null],
    ];
    expect(await check(summarySheet(income, TOTALS))).toEqual([]);
  });

  it('a filled 上年结转 that the 收入总表 carries on the 科目 it belongs to', async () => {
    // 10 万元 carried over to 2013702 一般行政管理事务, spent again and carried into next year.
    const income = edit(await loadPingxiang(), '2收入总表', {
      D6: 117.54,
      M6: 10,
      D7: 101.04,
      M7: 10,
      D8: 101.04,
      M8: 10,
      D10: 40,
      M10: 10,
    });
    const totals: CellValue[][] = [
      ['本年收入合计', 107.54, '本年支出合计', 107.54],
      ['上年结转结余', 10, '年终结转结余', 10],
      ['收入总计', 117.54, '支出总计', 117.54],
    ];
    const income1 = [['一、一般公共预算拨款收入', 107.54]];
    expect(await check(summarySheet(income1, totals), income)).toEqual([]);
    // 收入总计 left at 107.54: the balance breaks and the 收入总表 disagrees.
    const stale = totals.map((row) => (row[0] === '收入总计' ? ['收入总计', 107.54, '支出总计', 117.54] : row));
    expect(rulesAt(await check(summarySheet(income1, stale), income))).toEqual(
      expect.arrayContaining([`sum/balance ${SUMMARY}!B10`, 'cross/total-mismatch 2收入总表!D6']),
    );
  });
});
