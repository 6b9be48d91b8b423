import { format } from '../../../../src/core/rules/code/format';
import { loadPingxiang } from '../../helpers/fixtures';
import { edit } from '../../helpers/mutate';
import { findingsOf, where } from '../../helpers/run';

describe('code/format', () => {
  it('is quiet on pingxiang', async () => {
    expect(findingsOf(await loadPingxiang(), format)).toEqual([]);
  });

  it.each([
    ['201370', '6 digits'],
    ['20137O1', 'a letter O for a zero'],
    ['2013-7', 'a dash'],
  ])('flags a 功能分类 code %p (%s)', async (code) => {
    const grids = edit(await loadPingxiang(), '5一般公共预算支出表', { B9: code });
    const findings = findingsOf(grids, format);
    expect(where(findings)).toEqual(['5一般公共预算支出表!B9']);
    expect(findings[0]).toMatchObject({ actual: code, expected: '3 位、5 位或 7 位数字' });
  });

  it('allows 7 digits in 功能分类 but not in 经济分类', async () => {
    const grids = edit(await loadPingxiang(), '6一般公共预算基本支出表', { B8: 3010101 });
    const findings = findingsOf(grids, format);
    expect(where(findings)).toEqual(['6一般公共预算基本支出表!B8']);
    expect(findings[0].message).toContain('经济分类');
  });

  it('reads full-width digits as digits', async () => {
    const grids = edit(await loadPingxiang(), '5一般公共预算支出表', { B9: '２０１３７０１' });
    expect(findingsOf(grids, format)).toEqual([]);
  });
});
