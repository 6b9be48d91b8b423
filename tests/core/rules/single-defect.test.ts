/**
 * One defect, one finding: the whole rule catalogue runs on small workbooks that each hold one
 * planted defect of a sum/cross/code rule, and exactly one finding — that rule's, at that cell — comes out.
 */
import { gridFromRows } from '../../../src/core/grid/access';
import type { CellValue, SheetGrid } from '../../../src/core/grid/types';
import { validateWorkbook } from '../../../src/core/validate';
import { threePublicSheet, CONSISTENT } from '../helpers/three-public-sheet';

type Row = CellValue[];

const META: Row = ['单位名称：测试单位', null, '2024年', '单位：万元'];

function sheet(name: string, title: string, header: Row[], rows: Row[]): SheetGrid {
  return gridFromRows(name, [[title], META, ...header, ...rows]);
}

/** 部门收入总表 with one amount column: only hierarchy and 合计 row identities. */
const income = (rows: Row[]) => sheet('收入', '2024年部门收入总表', [['科目编码', '科目名称', '合计']], rows);
const INCOME_ROWS: Row[] = [
  [null, '合计', 10],
  ['201', '一般公共服务支出', 10],
  ['20137', '网信事务', 10],
  ['2013701', '行政运行', 6],
  ['2013702', '一般行政管理事务', 4],
];

/** 部门支出总表 listing 类 rows only: only the row identity 合计 = 基本 + 项目. */
const expenditure = (rows: Row[]) =>
  sheet('支出', '2024年部门支出总表', [['科目编码', '科目名称', '合计', '基本支出', '项目支出']], rows);

const summary = (spending: number) =>
  gridFromRows('总表', [
    ['2024年部门收支总表'],
    META,
    ['收入', null, '支出', null],
    ['项目', '预算数', '项目', '预算数'],
    ['一、一般公共预算拨款收入', 10, '一、基本支出', 7],
    [null, null, '二、项目支出', 3],
    ['本年收入合计', 10, '本年支出合计', 10],
    ['收入总计', 10, '支出总计', spending],
  ]);

const general = (rows: Row[]) =>
  sheet('一般', '2024年一般公共预算财政拨款支出表', [['科目编码', '科目名称', '合计', '基本支出', '项目支出']], rows);
const GENERAL_ROWS: Row[] = [
  [null, '合计', 10, 7, 3],
  ['201', '一般公共服务支出', 10, 7, 3],
  ['20137', '网信事务', 10, 7, 3],
  ['2013701', '行政运行', 10, 7, 3],
];
const basic = (total: number) =>
  sheet(
    '基本',
    '2024年一般公共预算财政拨款基本支出表',
    [['科目编码', '科目名称', '合计', '人员经费', '公用经费']],
    [
      [null, '合计', total, total, 0],
      ['301', '工资福利支出', total, total, 0],
      ['30101', '基本工资', total, total, 0],
    ],
  );

function findings(grids: SheetGrid[]) {
  return validateWorkbook(grids).findings.map((f) => `${f.ruleId} ${f.sheet}!${f.cell}`);
}

describe('one defect, one finding (the full rule catalogue)', () => {
  it('clean twins give no finding', () => {
    expect(findings([income(INCOME_ROWS)])).toEqual([]);
    expect(findings([expenditure([['201', '一般公共服务支出', 10, 7, 3]])])).toEqual([]);
    expect(findings([summary(10)])).toEqual([]);
    expect(findings([general(GENERAL_ROWS), basic(7)])).toEqual([]);
    expect(findings([threePublicSheet(CONSISTENT)])).toEqual([]);
  });

  it.each<[string, () => SheetGrid[], string]>([
    [
      'a 项 row that does not add up to its 款',
      () => [income(INCOME_ROWS.map((r) => (r[0] === '2013702' ? ['2013702', '一般行政管理事务', 3] : r)))],
      'sum/hierarchy 收入!C6',
    ],
    [
      'a 合计 row that is not the sum of the 类 rows',
      () => [income(INCOME_ROWS.map((r) => (r[1] === '合计' ? [null, '合计', 12] : r)))],
      'sum/total-row 收入!C4',
    ],
    ['合计 ≠ 基本 + 项目', () => [expenditure([['201', '一般公共服务支出', 11, 7, 3]])], 'sum/columns 支出!C4'],
    [
      '合计 off by rounding only',
      () => [expenditure([['201', '一般公共服务支出', 10, 6.66, 3.33]])],
      'sum/rounding 支出!C4',
    ],
    ['支出总计 ≠ 收入总计 (and ≠ 本年支出合计)', () => [summary(11)], 'sum/balance 总表!D8'],
    [
      '基本支出 stated differently in two tables',
      () => [general(GENERAL_ROWS), basic(8)],
      'cross/total-mismatch 基本!C4',
    ],
    [
      'a wrong "三公" 合计',
      () => [threePublicSheet({ ...CONSISTENT, total: 5.5 })],
      'cross/three-public 9三公经费支出表!C6',
    ],
    [
      'a malformed code',
      () => [
        income([
          [null, '合计', 10],
          ['201', '一般公共服务支出', 10],
          ['20137X', '网信事务', 10],
        ]),
      ],
      'code/format 收入!A6',
    ],
    [
      'a 项 without its 款',
      () => [
        income([
          [null, '合计', 10],
          ['201', '一般公共服务支出', 10],
          ['2013701', '行政运行', 10],
        ]),
      ],
      'code/orphan 收入!A6',
    ],
    [
      'a 财政拨款支出表 that stops at 款',
      () => [general(GENERAL_ROWS.slice(0, 3)), basic(7)],
      'code/detail-level 一般!A6',
    ],
    [
      'one code, two names',
      () => [income(INCOME_ROWS), expenditure([['201', '一般公共服务', 10, 7, 3]])],
      'code/name-mismatch 支出!B4',
    ],
  ])('%s', (_, grids, expected) => {
    expect(findings(grids())).toEqual([expected]);
  });
});
