import { costOperator } from '../../../../src/core/rules/indicator/cost-operator';
import { JULU, PINGLUO, PINGXIANG, SHANHAIGUAN, SHAPOTOU, loadFixture } from '../../helpers/fixtures';
import { findingsOf, where } from '../../helpers/run';
import { edit } from '../../helpers/mutate';

const run = (grids: Parameters<typeof findingsOf>[0]) => findingsOf(grids, [costOperator]);
const P2 = '项目2-网络宣传和评论引导';

describe('indicator/cost-operator', () => {
  it('finds the costs 平乡 项目2 wrote as ≥3万元 and ≥9万元', async () => {
    const findings = run(await loadFixture(PINGXIANG));
    expect(where(findings)).toEqual([`${P2}!E7`, `${P2}!E8`]);
    expect(findings[0]).toMatchObject({ severity: 'error', expected: '≤3万元', actual: '≥3万元' });
  });

  it('is quiet once the costs are ceilings', async () => {
    expect(run(edit(await loadFixture(PINGXIANG), P2, { E7: '≤3万元', E8: '9万元' }))).toEqual([]);
  });

  it.each([SHAPOTOU, PINGLUO, JULU, SHANHAIGUAN])('is quiet on %s', async (file) => {
    expect(run(await loadFixture(file))).toEqual([]);
  });
});
