import { orphan } from '../../../../src/core/rules/code/orphan';
import { loadPingxiang } from '../../helpers/fixtures';
import { edit } from '../../helpers/mutate';
import { findingsOf, where } from '../../helpers/run';

describe('code/orphan', () => {
  it('is quiet on pingxiang', async () => {
    expect(findingsOf(await loadPingxiang(), orphan)).toEqual([]);
  });

  it('项 rows whose 款 row is absent', async () => {
    const grids = edit(await loadPingxiang(), '2收入总表', { B8: null, C8: null });
    const findings = findingsOf(grids, orphan);
    expect(where(findings)).toEqual(['2收入总表!B9', '2收入总表!B10']);
    expect(findings[0]).toMatchObject({ expected: '20137' });
    expect(findings[0].message).toContain('缺少所属的款级科目“20137”');
  });

  it('a 款 row whose 类 row is absent', async () => {
    const grids = edit(await loadPingxiang(), '6一般公共预算基本支出表', { B17: null, C17: null });
    const findings = findingsOf(grids, orphan);
    expect(where(findings)).toEqual(['18', '19', '20', '21'].map((r) => `6一般公共预算基本支出表!B${r}`));
    expect(findings[0]).toMatchObject({ expected: '302' });
  });
});
