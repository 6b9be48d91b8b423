import { year } from '../../../../src/core/rules/structure/year';
import { loadPingxiang } from '../../helpers/fixtures';
import { edit } from '../../helpers/mutate';
import { findingsOf, where } from '../../helpers/run';

const GENERAL = '5一般公共预算支出表';

describe('structure/year', () => {
  it('is quiet on pingxiang', async () => {
    expect(findingsOf(await loadPingxiang(), year)).toEqual([]);
  });

  it('a table of another year', async () => {
    const grids = edit(await loadPingxiang(), GENERAL, { D2: '预算年度：2022' });
    const findings = findingsOf(grids, year);
    expect(where(findings)).toEqual([`${GENERAL}!D2`]);
    expect(findings[0]).toMatchObject({ expected: '2023', actual: '2022' });
  });

  it('a year in the title counts, and a standard table without any year is flagged', async () => {
    let grids = edit(await loadPingxiang(), GENERAL, { D2: null });
    expect(where(findingsOf(grids, year))).toEqual([`${GENERAL}!A1`]);
    grids = edit(grids, GENERAL, { A1: '2023年部门预算一般公共预算财政拨款支出表' });
    expect(findingsOf(grids, year)).toEqual([]);
  });
});
