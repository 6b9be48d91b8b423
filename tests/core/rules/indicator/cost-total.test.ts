import { costTotal } from '../../../../src/core/rules/indicator/cost-total';
import { JULU, PINGLUO, PINGXIANG, SHANHAIGUAN, SHAPOTOU, loadFixture } from '../../helpers/fixtures';
import { findingsOf, where } from '../../helpers/run';
import { edit } from '../../helpers/mutate';

const run = (grids: Parameters<typeof findingsOf>[0]) => findingsOf(grids, [costTotal]);
const P1 = '项目1-网络安全与信息化工作经费';

describe('indicator/cost-total', () => {
  it.each([SHAPOTOU, PINGLUO, JULU, SHANHAIGUAN, PINGXIANG])('is quiet on %s, whose costs add up', async (file) => {
    expect(run(await loadFixture(file))).toEqual([]);
  });

  it('finds costs that no longer add up to 年度资金总额 (宁夏)', async () => {
    const findings = run(edit(await loadFixture(SHAPOTOU), P1, { E25: '2万元' }));
    expect(where(findings)).toEqual([`${P1}!E24`]);
    expect(findings[0]).toMatchObject({ range: 'E24:E25', expected: '5.00', actual: '4.00' });
    expect(findings[0].message).toBe('成本指标合计应等于项目资金 5.00 万元，实为 4.00 万元');
    expect(findings[0].related).toContainEqual({ sheet: P1, cell: 'D7' });
  });

  it('finds a cost that differs from 预算数 (河北)', async () => {
    const findings = run(edit(await loadFixture(JULU), '项目1-工作经费', { F13: '7万元' }));
    expect(where(findings)).toEqual(['项目1-工作经费!F13']);
    expect(findings[0]).toMatchObject({ expected: '8.00', actual: '7.00' });
  });

  it('tolerates rounding of the last shown digit', async () => {
    expect(run(edit(await loadFixture(PINGLUO), '项目5-政府长聘人员经费', { E25: '8.90万' }))).toEqual([]);
  });

  it('does not add up costs that are not all amounts', async () => {
    expect(run(edit(await loadFixture(SHAPOTOU), P1, { E25: '≤60%' }))).toEqual([]);
  });
});
