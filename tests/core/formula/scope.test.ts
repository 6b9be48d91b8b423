import { evaluateMissingValues } from '../../../src/core/formula/missing';
import { outOfScopeReason } from '../../../src/core/formula/scope';
import { gridFromRows } from '../../../src/core/grid/access';

describe('formulas that cannot be computed from one sheet', () => {
  it.each([
    ['=[1]Sheet1!A1', '引用其他工作簿'],
    ["='[预算.xlsx]收支总表'!B5+1", '引用其他工作簿'],
    ['=SUM(Sheet2!A1:A3)', '引用其他工作表'],
    ["='1收支总表'!B5", '引用其他工作表'],
    ['=INDIRECT("A"&ROW())', 'INDIRECT/OFFSET 动态引用'],
    ['=SUM(OFFSET(A1,0,0,3,1))', 'INDIRECT/OFFSET 动态引用'],
  ])('%s: %s', (formula, reason) => {
    expect(outOfScopeReason(formula)).toBe(reason);
  });

  it.each(['=SUM(A1:A3)', '="注意!"&A1', '="[附表]"&B2', '=OFFSETS+1'])('%s may be computed', (formula) => {
    expect(outOfScopeReason(formula)).toBeUndefined();
  });

  it('names them in the read warning instead of calling them syntax errors', () => {
    const grid = gridFromRows('s', [[null, null, 1]], { formulas: [['=[1]Sheet1!A1', '=INDIRECT("C1")', '']] });
    const [warning] = evaluateMissingValues(grid).readWarnings!;
    expect(warning).toContain('A1（引用其他工作簿）');
    expect(warning).toContain('B1（INDIRECT/OFFSET 动态引用）');
    expect(warning).not.toMatch(/无法识别|缺少|不支持/);
  });
});
