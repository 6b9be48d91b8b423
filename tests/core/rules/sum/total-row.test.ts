import { totalRow } from '../../../../src/core/rules/sum/total-row';
import { loadPingxiang } from '../../helpers/fixtures';
import { edit } from '../../helpers/mutate';
import { findingsOf, where } from '../../helpers/run';

describe('sum/total-row', () => {
  it('is quiet on pingxiang', async () => {
    expect(findingsOf(await loadPingxiang(), totalRow)).toEqual([]);
  });

  it('marks the 合计 cell that differs from the sum of the 类 rows', async () => {
    const grids = edit(await loadPingxiang(), '5一般公共预算支出表', { D6: 107.45 });
    const findings = findingsOf(grids, totalRow);
    expect(where(findings)).toEqual(['5一般公共预算支出表!D6']);
    expect(findings[0]).toMatchObject({ expected: '107.54', actual: '107.45' });
    expect(findings[0].message).toContain('应为 107.54，实为 107.45');
    expect(findings[0].related?.map((r) => r.cell)).toEqual(['D7', 'D11', 'D14', 'D17']);
  });

  it('uses the 类 rows of an 经济分类 table (301, 302)', async () => {
    const grids = edit(await loadPingxiang(), '6一般公共预算基本支出表', { F6: 5.74 });
    const findings = findingsOf(grids, totalRow);
    expect(where(findings)).toEqual(['6一般公共预算基本支出表!F6']);
    expect(findings[0]).toMatchObject({ expected: '4.74', actual: '5.74' });
  });
});
