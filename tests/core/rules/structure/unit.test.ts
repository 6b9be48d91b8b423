import { unit } from '../../../../src/core/rules/structure/unit';
import { loadPingxiang } from '../../helpers/fixtures';
import { edit, wanToYuan } from '../../helpers/mutate';
import { findingsOf, where } from '../../helpers/run';

const GENERAL = '5一般公共预算支出表';
const THREE_PUBLIC = '9三公经费支出表';

describe('structure/unit', () => {
  it('is quiet on pingxiang', async () => {
    expect(findingsOf(await loadPingxiang(), unit)).toEqual([]);
  });

  it('is quiet on a 三公 table in 万元 among tables in 元: each table states its own unit', async () => {
    const grids = (await loadPingxiang()).map((g) => (g.name === THREE_PUBLIC ? g : wanToYuan(g, 'C6:M60')));
    expect(findingsOf(grids, unit)).toEqual([]);
  });

  it('a standard table without a unit line', async () => {
    const grids = edit(await loadPingxiang(), GENERAL, { F2: null });
    const findings = findingsOf(grids, unit);
    expect(where(findings)).toEqual([`${GENERAL}!A1`]);
    expect(findings[0].message).toContain('未注明金额单位');
  });

  it('a header cell stating another unit than the unit line', async () => {
    const grids = edit(await loadPingxiang(), GENERAL, { C3: '合计（元）' });
    const findings = findingsOf(grids, unit);
    expect(where(findings)).toEqual([`${GENERAL}!C3`]);
    expect(findings[0]).toMatchObject({ expected: '万元', actual: '元', related: [{ sheet: GENERAL, cell: 'F2' }] });
    expect(findingsOf(edit(grids, GENERAL, { C3: '合计（万元）' }), unit)).toEqual([]);
  });
});
