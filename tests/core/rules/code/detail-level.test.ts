import { detailLevel } from '../../../../src/core/rules/code/detail-level';
import { loadPingxiang } from '../../helpers/fixtures';
import { edit } from '../../helpers/mutate';
import { findingsOf, where } from '../../helpers/run';

/** Blank out whole rows (codes, names and amounts) of a sheet. */
function clearRows(rows: number[], cols = 'ABCDEF') {
  return Object.fromEntries(rows.flatMap((r) => [...cols].map((c) => [`${c}${r}`, null])));
}

describe('code/detail-level', () => {
  it('is quiet on pingxiang', async () => {
    expect(findingsOf(await loadPingxiang(), detailLevel)).toEqual([]);
  });

  it('一般公共预算支出表: a 款 without 项 rows', async () => {
    const grids = edit(await loadPingxiang(), '5一般公共预算支出表', clearRows([9, 10]));
    const findings = findingsOf(grids, detailLevel);
    expect(where(findings)).toEqual(['5一般公共预算支出表!B8']);
    expect(findings[0].message).toContain('20137');
    expect(findings[0]).toMatchObject({ expected: '项级（7 位编码）', actual: '款级（20137）' });
  });

  it('基本支出表: a 类 without 款 rows', async () => {
    const grids = edit(await loadPingxiang(), '6一般公共预算基本支出表', clearRows([18, 19, 20, 21]));
    const findings = findingsOf(grids, detailLevel);
    expect(where(findings)).toEqual(['6一般公共预算基本支出表!B17']);
    expect(findings[0]).toMatchObject({ expected: '款级（5 位编码）' });
  });

  it('does not apply to 部门支出总表', async () => {
    const grids = edit(await loadPingxiang(), '3支出总表', clearRows([9, 10], 'ABCDEFGHI'));
    expect(findingsOf(grids, detailLevel)).toEqual([]);
  });
});
