import { unitName } from '../../../../src/core/rules/structure/unit-name';
import { loadPingxiang } from '../../helpers/fixtures';
import { edit } from '../../helpers/mutate';
import { findingsOf, where } from '../../helpers/run';

describe('structure/unit-name', () => {
  it('is quiet on pingxiang', async () => {
    expect(findingsOf(await loadPingxiang(), unitName)).toEqual([]);
  });

  it('a table copied from another unit', async () => {
    const grids = edit(await loadPingxiang(), '3支出总表', { A2: '225平乡县财政局' });
    const findings = findingsOf(grids, unitName);
    expect(where(findings)).toEqual(['3支出总表!A2']);
    expect(findings[0]).toMatchObject({ expected: '中共平乡县委网络安全和信息化委员会办公室', actual: '平乡县财政局' });
  });

  it('ignores the organ code and spacing', async () => {
    const grids = edit(await loadPingxiang(), '3支出总表', { A2: '中共平乡县委网络安全和信息化委员会 办公室' });
    expect(findingsOf(grids, unitName)).toEqual([]);
  });
});
