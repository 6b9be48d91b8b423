import { projectTotal } from '../../../../src/core/rules/funds/project-total';
import { PINGXIANG, SHAPOTOU, loadFixture } from '../../helpers/fixtures';
import { findingsOf } from '../../helpers/run';
import { edit } from '../../helpers/mutate';

const run = (grids: Parameters<typeof findingsOf>[0]) => findingsOf(grids, [projectTotal]);

describe('funds/project-total', () => {
  it('is quiet on 平乡, whose three projects (costs 7 + 3 + 9 + 11 万元) make the 30 万元 of 项目支出', async () => {
    expect(run(await loadFixture(PINGXIANG))).toEqual([]);
  });

  it('names both cells when the projects no longer add up to 项目支出', async () => {
    const findings = run(edit(await loadFixture(PINGXIANG), '项目1-网络安全和信息化', { E7: '≤8万元' }));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ sheet: '3支出总表', cell: 'F6', expected: '30.00', actual: '31.00' });
    expect(findings[0].related).toContainEqual({ sheet: '项目1-网络安全和信息化', cell: 'A1' });
  });

  it('is quiet without budget tables', async () => {
    expect(run(await loadFixture(SHAPOTOU))).toEqual([]);
  });
});
