import type { SheetGrid } from '../../../../src/core/grid/types';
import { amountMismatch } from '../../../../src/core/rules/narrative/amount-mismatch';
import { loadPingxiang, sheetNamed } from '../../helpers/fixtures';
import { edit, replaceSheet, wanToYuan } from '../../helpers/mutate';
import { findingsOf } from '../../helpers/run';
import { CONSISTENT, threePublicSheet } from '../../helpers/three-public-sheet';

const NARRATIVE = '情况说明';
const A28_FIXED =
  '反映本部门当年全部收入。2023年预算收入107.54万元，其中：一般公共预算收入107.54万元，基金预算收入0万元，财政专户核拨收入0万元，其他来源收入0万元，上年结转0万元。';

let pingxiang: SheetGrid[];
beforeAll(async () => {
  pingxiang = await loadPingxiang();
});

const run = (grids: SheetGrid[]) => findingsOf(grids, amountMismatch);
const withText = (a1: string, text: string) => run(edit(pingxiang, NARRATIVE, { [a1]: text }));

describe('narrative/amount-mismatch', () => {
  it('reports the 收入说明 of pingxiang against the 收支总表 (情况说明!A28)', () => {
    const findings = run(pingxiang);
    expect(findings).toHaveLength(2);
    expect(findings[0]).toMatchObject({
      sheet: NARRATIVE,
      cell: 'A28',
      severity: 'error',
      expected: '107.54',
      actual: '95.54',
      related: [{ sheet: '1收支总表', cell: 'C6' }],
    });
    expect(findings[0].message).toContain('情况说明称一般公共预算收入 95.54 万元，但 1收支总表!C6 为 107.54 万元');
    expect(findings[1]).toMatchObject({ cell: 'A28', actual: '18', related: [{ sheet: '1收支总表', cell: 'C7' }] });
    expect(findings[1].message).toContain('1收支总表!C7 为空');
  });

  it('is quiet once the sentence states the tables', () => {
    expect(withText('A28', A28_FIXED)).toEqual([]);
  });

  it('takes 元 in the sentence and 元 in the table exactly', () => {
    expect(withText('A28', A28_FIXED.replace('一般公共预算收入107.54万元', '一般公共预算收入1,075,400.00元'))).toEqual(
      [],
    );
    const yuanTables = replaceSheet(pingxiang, wanToYuan(sheetNamed(pingxiang, '1收支总表'), 'C6:E39'));
    const findings = run(yuanTables);
    expect(findings.map((f) => [f.cell, f.expected, f.actual])).toEqual([
      ['A28', '107.54', '95.54'],
      ['A28', '0.00', '18'],
    ]);
    expect(findings[0].message).toContain('1收支总表!C6 为 1075400.00 元');
  });

  it.each([
    ['the sentence precision', '一般公共预算收入107.5万元', []],
    ['more than the sentence precision', '一般公共预算收入107.6万元', [['107.54', '107.6']]],
  ])('rounds to %s', (_, words, expected) => {
    const findings = withText('A28', A28_FIXED.replace('一般公共预算收入107.54万元', words));
    expect(findings.map((f) => [f.expected, f.actual])).toEqual(expected);
  });

  it.each([
    [
      '人员经费',
      'A30',
      '2023年部门支出预算为107.54万元，其中基本支出77.54万元，包括人员经费70万元和公用经费4.74万元；项目支出30万元。',
      '6一般公共预算基本支出表!E6',
      '72.80',
    ],
    [
      '项目支出',
      'A30',
      '2023年部门支出预算为107.54万元，其中基本支出77.54万元，包括人员经费72.8万元和公用经费4.74万元；项目支出35万元。',
      '3支出总表!F6',
      '30.00',
    ],
    ['支出总额', 'A30', '2023年部门支出预算为100万元。', '3支出总表!D6', '107.54'],
    ['"三公"经费 of an empty table', 'A36', '2023年“三公”经费预算安排2万元。', '9三公经费支出表!A1', '0.00'],
    [
      '机关运行经费 equated with 公用经费',
      'A34',
      '2023年度机关运行经费（即公用经费）预算为5.5万元。',
      '6一般公共预算基本支出表!F6',
      '4.74',
    ],
    ['政府采购', 'A34', '2023年安排政府采购预算5万元。', '政府采购预算表!A1', '0.00'],
  ])('compares %s with its table', (_, a1, text, cell, expected) => {
    const findings = withText(a1, text).filter((f) => f.cell === a1);
    expect(findings).toEqual([expect.objectContaining({ expected })]);
    expect(findings[0].related?.map((r) => `${r.sheet}!${r.cell}`)).toEqual([cell]);
  });

  it('compares the "三公" sentence item by item with the 三公 table', () => {
    const filled = replaceSheet(pingxiang, threePublicSheet(CONSISTENT));
    const say = (text: string) => run(edit(filled, NARRATIVE, { A36: text })).filter((f) => f.cell === 'A36');
    expect(
      say(
        '“三公”经费预算5万元，其中：因公出国（境）费1万元；公务用车购置及运维费2.5万元（其中：公务用车购置费1万元，公务用车运行维护费1.5万元）；公务接待费1.5万元。',
      ),
    ).toEqual([]);
    const findings = say('“三公”经费预算5万元，其中：因公出国（境）费1万元；公务接待费2.5万元。');
    expect(findings).toEqual([expect.objectContaining({ expected: '1.50', actual: '2.5' })]);
    expect(findings[0].related).toEqual([{ sheet: '9三公经费支出表', cell: 'C11' }]);
  });

  it('a headline total truncated instead of rounded half up is a mismatch that says the rounded figure', () => {
    const findings = withText('A28', A28_FIXED.replace('2023年预算收入107.54万元', '2023年预算收入107万元'));
    expect(findings).toEqual([expect.objectContaining({ cell: 'A28', expected: '107.54', actual: '107' })]);
    expect(findings[0].message).toContain('应四舍五入为 108');
    expect(withText('A28', A28_FIXED.replace('2023年预算收入107.54万元', '2023年预算收入108万元'))).toEqual([]);
  });

  it('an amount no table states must be the same wherever the text repeats it', () => {
    const twice = (first: string, second: string) =>
      run(
        edit(pingxiang, NARRATIVE, {
          A28: A28_FIXED,
          A32: `2023年度机关运行经费预算为${first}万元。`,
          A34: `2023年度机关运行经费预算为${second}万元；主要用于办公费。`,
        }),
      );
    expect(twice('4.74', '4.74')).toEqual([]);
    expect(twice('4.7', '4.74')).toEqual([]);
    const findings = twice('4.74', '4.47');
    expect(findings).toEqual([
      expect.objectContaining({
        cell: 'A34',
        expected: '4.74',
        actual: '4.47',
        related: [{ sheet: NARRATIVE, cell: 'A32' }],
      }),
    ]);
    expect(findings[0].message).toContain('前后两处机关运行经费不一致');
  });

  it('accepts a total income with or without the carry-over', () => {
    const withCarryover = (total: string) =>
      run(
        edit(edit(pingxiang, '1收支总表', { C38: 10, C39: 117.54 }), NARRATIVE, {
          A28: `2023年预算收入${total}万元。`,
        }),
      );
    expect(withCarryover('107.54')).toEqual([]);
    expect(withCarryover('117.54')).toEqual([]);
    expect(withCarryover('120')).toEqual([expect.objectContaining({ cell: 'A28', expected: '117.54', actual: '120' })]);
  });

  it.each([
    ['a change amount', 'A32', '2023年部门预算收支安排107.54万元，较2022年增加13.71万元。'],
    ['last year', 'A30', '2022年部门支出预算为90万元，其中基本支出70万元。'],
    ['机关运行经费 when no table states it', 'A34', '2023年度机关运行经费预算为5万元。'],
  ])('does not compare %s', (_, a1, text) => {
    expect(withText(a1, text).filter((f) => f.cell === a1)).toEqual([]);
  });
});
