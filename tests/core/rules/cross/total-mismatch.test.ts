import type { SheetGrid } from '../../../../src/core/grid/types';
import { totalMismatch } from '../../../../src/core/rules/cross/total-mismatch';
import { loadPingxiang, sheetNamed } from '../../helpers/fixtures';
import { amountsAsText, edit, replaceSheet, shiftGrid, wanToYuan } from '../../helpers/mutate';
import { findingsOf } from '../../helpers/run';

const SUMMARY = '1收支总表';
const INCOME = '2收入总表';
const EXPENDITURE = '3支出总表';
const FISCAL = '4财政拨款收支总表';
const GENERAL = '5一般公共预算支出表';
const BASIC = '6一般公共预算基本支出表';
const FUND = '7政府基金预算支出表';
const CAPITAL = '8国有资本经营预算支出表';

let pingxiang: SheetGrid[];
beforeAll(async () => {
  pingxiang = await loadPingxiang();
});

const run = (grids: SheetGrid[]) => findingsOf(grids, totalMismatch);
const related = (finding: { related?: { sheet: string; cell: string }[] }) =>
  (finding.related ?? []).map((r) => `${r.sheet}!${r.cell}`);

describe('cross/total-mismatch', () => {
  it('is quiet on pingxiang, whose tables agree', () => {
    expect(run(pingxiang)).toEqual([]);
  });

  it.each([
    [
      '收入总表 财政拨款 ≠ 收支总表 fiscal income lines',
      [INCOME, 'F6', 107.45],
      INCOME,
      'F6',
      '107.54',
      '107.45',
      [`${SUMMARY}!C6`, `${SUMMARY}!C7`, `${SUMMARY}!C8`],
    ],
    ['收入总表 事业收入 ≠ 收支总表 事业收入', [SUMMARY, 'C10', 5], INCOME, 'H6', '5.00', '0.00', [`${SUMMARY}!C10`]],
    ['收入总表 合计 ≠ 收支总表 收入总计', [INCOME, 'D6', 100], INCOME, 'D6', '107.54', '100.00', [`${SUMMARY}!C39`]],
    [
      '财政拨款收支总表 一般公共预算拨款 ≠ 收支总表',
      [FISCAL, 'C6', 100],
      FISCAL,
      'C6',
      '107.54',
      '100.00',
      [`${SUMMARY}!C6`],
    ],
    [
      '支出总表 合计 ≠ 收支总表 本年支出合计',
      [SUMMARY, 'E37', 100],
      EXPENDITURE,
      'D6',
      '100.00',
      '107.54',
      [`${SUMMARY}!E37`],
    ],
    [
      '收支总表 社会保障和就业支出 ≠ 支出总表 208',
      [SUMMARY, 'E13', 7],
      SUMMARY,
      'E13',
      '6.00',
      '7.00',
      [`${EXPENDITURE}!D11`],
    ],
    ['收支总表 教育支出 without a 205 row', [SUMMARY, 'E10', 3], SUMMARY, 'E10', '0.00', '3.00', [`${EXPENDITURE}!A1`]],
    [
      '支出总表 208 without a 收支总表 line',
      [SUMMARY, 'D13', null],
      EXPENDITURE,
      'D11',
      '0.00',
      '6.00',
      [`${SUMMARY}!A1`],
    ],
    [
      '财政拨款收支总表 一般公共预算 by 类 ≠ 一般公共预算支出表',
      [FISCAL, 'F13', 7],
      FISCAL,
      'F13',
      '6.00',
      '7.00',
      [`${GENERAL}!D11`],
    ],
    [
      '支出总表 项目支出 ≠ the three fiscal tables',
      [EXPENDITURE, 'F6', 31],
      EXPENDITURE,
      'F6',
      '30.00',
      '31.00',
      [`${GENERAL}!F6`, `${FUND}!A1`, `${CAPITAL}!A1`],
    ],
    [
      '财政拨款收支总表 一般公共预算 column ≠ 一般公共预算支出表 合计',
      [FISCAL, 'F37', 100],
      FISCAL,
      'F37',
      '107.54',
      '100.00',
      [`${GENERAL}!D6`],
    ],
    [
      '基本支出表 合计 ≠ 一般公共预算支出表 基本支出',
      [BASIC, 'D6', 77.45],
      BASIC,
      'D6',
      '77.54',
      '77.45',
      [`${GENERAL}!E6`],
    ],
  ] as const)('names both cells when %s', (_, change, sheet, cell, expected, actual, cells) => {
    const findings = run(edit(pingxiang, change[0], { [change[1]]: change[2] }));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ sheet, cell, severity: 'error', expected, actual });
    expect(related(findings[0])).toEqual(cells);
    expect(findings[0].message).toContain(`应为 ${expected}，实为 ${actual}`);
  });

  it('compares source by source when the 收入总表 splits 财政拨款 into 一般公共预算 etc.', () => {
    const split = edit(pingxiang, INCOME, { F4: '一般公共预算拨款收入' });
    expect(run(split)).toEqual([]);
    const findings = run(edit(split, INCOME, { F6: 100 }));
    expect(findings).toEqual([
      expect.objectContaining({ sheet: INCOME, cell: 'F6', expected: '107.54', actual: '100.00' }),
    ]);
    expect(related(findings[0])).toEqual([`${SUMMARY}!C6`]);
  });

  it('reports a difference within rounding as info', () => {
    const findings = run(edit(pingxiang, EXPENDITURE, { F6: 30.01 }));
    expect(findings).toEqual([expect.objectContaining({ sheet: EXPENDITURE, cell: 'F6', severity: 'info' })]);
    expect(findings[0].message).toContain('四舍五入');
  });

  it('stays quiet when some tables are in 元 and others in 万元', () => {
    const yuan = [
      wanToYuan(sheetNamed(pingxiang, INCOME), 'D6:M19'),
      wanToYuan(sheetNamed(pingxiang, EXPENDITURE), 'D6:I19'),
      wanToYuan(sheetNamed(pingxiang, BASIC), 'D6:F21'),
    ].reduce(replaceSheet, pingxiang);
    expect(run(yuan)).toEqual([]);
  });

  it('stays quiet when tables are moved and their amounts written as text', () => {
    const variant = [
      shiftGrid(sheetNamed(pingxiang, SUMMARY), 2, 1),
      amountsAsText(sheetNamed(pingxiang, EXPENDITURE), 'D6:I19'),
    ].reduce(replaceSheet, pingxiang);
    expect(run(variant)).toEqual([]);
    const moved = edit(variant, SUMMARY, { F15: 7 });
    expect(run(moved)).toEqual([expect.objectContaining({ sheet: SUMMARY, cell: 'F15', expected: '6.00' })]);
  });

  it('compares 元 with 万元 exactly and shows the finding in its table unit', () => {
    const yuan = replaceSheet(pingxiang, wanToYuan(sheetNamed(pingxiang, INCOME), 'D6:M19'));
    const findings = run(edit(yuan, INCOME, { F6: 1_075_399.99 }));
    expect(findings).toEqual([
      expect.objectContaining({ cell: 'F6', severity: 'info', expected: '1075400.00', actual: '1075399.99' }),
    ]);
    const wrong = run(edit(yuan, INCOME, { F6: 1_074_500 }));
    expect(wrong).toEqual([
      expect.objectContaining({ cell: 'F6', severity: 'error', expected: '1075400.00', actual: '1074500.00' }),
    ]);
  });
});
