import { gridFromRows } from '../../../src/core/grid/access';
import { findRegions } from '../../../src/core/recognize/region';
import { classifyTitle } from '../../../src/core/recognize/titles';
import { validateWorkbook } from '../../../src/core/validate';
import type { FinalOptions } from '../helpers/final-workbook';
import { finalWorkbook } from '../helpers/final-workbook';

describe('部门决算 table recognition', () => {
  it.each([
    ['收入支出决算总表', 'final.summary'],
    ['2023年度部门收支决算总表', 'final.summary'],
    ['表1 部门收入支出决算总表', 'final.summary'],
    ['收入决算表', 'final.income'],
    ['附表2：2023年度收入决算表', 'final.income'],
    ['支出决算表', 'final.expenditure'],
    ['财政拨款收入支出决算总表', 'final.fiscal-summary'],
    ['一般公共预算财政拨款支出决算表', 'final.general-expenditure'],
    ['一般公共预算财政拨款基本支出决算表', 'final.general-basic'],
    ['政府性基金预算财政拨款收入支出决算表', 'final.fund'],
    ['国有资本经营预算财政拨款支出决算表', 'final.capital'],
    ['2023年度财政拨款“三公”经费支出决算表', 'final.three-public'],
    ['一般公共预算财政拨款"三公"经费支出决算表（无数据）', 'final.three-public'],
  ])('%s → %s', (title, kind) => {
    expect(classifyTitle(title)).toBe(kind);
  });

  it('keeps the 预算 titles as they were', () => {
    expect(classifyTitle('部门收支总表')).toBe('budget.summary');
    expect(classifyTitle('政府性基金预算财政拨款支出表')).toBe('budget.fund-expenditure');
  });

  it.each<[FinalOptions]>([[{}], [{ unit: '元' }], [{ splitCodes: true }]])(
    'reads every sheet of a 决算 workbook %p, with its unit, and skips none',
    (options) => {
      const grids = finalWorkbook(options);
      const kinds = grids.map((g) => findRegions(g).map((r) => r.kind));
      expect(kinds).toEqual([
        ['final.summary'],
        ['final.income'],
        ['final.expenditure'],
        ['final.fiscal-summary'],
        ['final.general-expenditure'],
        ['final.general-basic'],
        ['final.fund'],
        ['final.capital'],
        ['final.three-public'],
      ]);
      const report = validateWorkbook(grids);
      expect(report.skipped).toEqual([]);
      expect(new Set(report.tables.map((t) => t.unit))).toEqual(new Set([options.unit ?? '万元']));
    },
  );

  it('checks all ten sheets of a published 决算 workbook: nine tables and the 情况说明 (issue 8, item 7)', () => {
    const narrative = gridFromRows('10部门决算情况说明', [
      ['2023年度部门决算情况说明'],
      ['一、收入支出决算总体情况说明'],
      ['2023年度收入总计126.00万元，支出总计126.00万元。'],
    ]);
    const report = validateWorkbook([...finalWorkbook(), narrative]);
    expect(report.skipped).toEqual([]);
    expect(report.tables).toHaveLength(10);
    expect(report.tables[9]).toMatchObject({ sheet: '10部门决算情况说明', kind: 'narrative' });
  });
});
