import { hierarchy } from '../../../../src/core/rules/sum/hierarchy';
import { loadPingxiang } from '../../helpers/fixtures';
import { edit } from '../../helpers/mutate';
import { findingsOf, where } from '../../helpers/run';

const GENERAL = '5一般公共预算支出表';

describe('sum/hierarchy', () => {
  it('is quiet on pingxiang', async () => {
    expect(findingsOf(await loadPingxiang(), hierarchy)).toEqual([]);
  });

  it('marks the 款 whose 项 rows do not add up, with expected and actual', async () => {
    const grids = edit(await loadPingxiang(), GENERAL, { D9: 61.4 });
    const findings = findingsOf(grids, hierarchy);
    expect(where(findings)).toEqual([`${GENERAL}!D8`]);
    expect(findings[0]).toMatchObject({ expected: '91.40', actual: '91.04', severity: 'error' });
    expect(findings[0].message).toContain('应为 91.40，实为 91.04');
    expect(findings[0].related).toEqual([
      { sheet: GENERAL, cell: 'D9' },
      { sheet: GENERAL, cell: 'D10' },
    ]);
  });

  it('checks every amount column of the 基本支出 table by 经济分类', async () => {
    const grids = edit(await loadPingxiang(), '6一般公共预算基本支出表', { E8: 46 });
    const findings = findingsOf(grids, hierarchy);
    expect(where(findings)).toEqual(['6一般公共预算基本支出表!E7']);
    expect(findings[0]).toMatchObject({ expected: '71.80', actual: '72.80' });
  });

  it('reports an empty parent whose children hold money', async () => {
    const grids = edit(await loadPingxiang(), '2收入总表', { F17: null });
    const findings = findingsOf(grids, hierarchy);
    expect(where(findings)).toEqual(['2收入总表!F17']);
    expect(findings[0]).toMatchObject({ expected: '5.00', actual: '空' });
  });

  it('stays quiet within rounding (that is sum/rounding)', async () => {
    const grids = edit(await loadPingxiang(), GENERAL, { D9: 61.05 });
    expect(findingsOf(grids, hierarchy)).toEqual([]);
  });

  it('skips an unreadable cell instead of computing with it', async () => {
    const grids = edit(await loadPingxiang(), GENERAL, { D9: '#REF!' });
    expect(findingsOf(grids, hierarchy)).toEqual([]);
  });
});
