import { unit } from '../../../../src/core/rules/structure/unit';
import { loadPingxiang } from '../../helpers/fixtures';
import { edit } from '../../helpers/mutate';
import { findingsOf, where } from '../../helpers/run';

const GENERAL = '5一般公共预算支出表';

describe('structure/unit', () => {
  it('is quiet on pingxiang', async () => {
    expect(findingsOf(await loadPingxiang(), unit)).toEqual([]);
  });

  it('a table in 元 among tables in 万元', async () => {
    const grids = edit(await loadPingxiang(), GENERAL, { F2: '单位：元' });
    const findings = findingsOf(grids, unit);
    expect(where(findings)).toEqual([`${GENERAL}!F2`]);
    expect(findings[0]).toMatchObject({ expected: '万元', actual: '元' });
    expect(findings[0].related?.[0]).toEqual({ sheet: '1收支总表', cell: 'E2' });
  });

  it('a standard table without a unit line', async () => {
    const grids = edit(await loadPingxiang(), GENERAL, { F2: null });
    const findings = findingsOf(grids, unit);
    expect(where(findings)).toEqual([`${GENERAL}!A1`]);
    expect(findings[0].message).toContain('未注明金额单位');
  });
});
