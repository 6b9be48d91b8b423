import { schedule } from '../../../../src/core/rules/funds/schedule';
import { JULU, SHANHAIGUAN, loadFixture } from '../../helpers/fixtures';
import { findingsOf, where } from '../../helpers/run';
import { edit } from '../../helpers/mutate';

const run = (grids: Parameters<typeof findingsOf>[0]) => findingsOf(grids, [schedule]);

describe('funds/schedule', () => {
  it.each([JULU, SHANHAIGUAN])('is quiet on %s (25% as 0.25 with a % format, or 25.00 under （%）)', async (file) => {
    expect(run(await loadFixture(file))).toEqual([]);
  });

  it('finds a plan that falls from 50% to 40%', async () => {
    const findings = run(edit(await loadFixture(JULU), '项目1-工作经费', { D7: 0.4 }));
    expect(where(findings)).toEqual(['项目1-工作经费!D7']);
    expect(findings[0]).toMatchObject({ expected: '≥50%', actual: '40%' });
  });

  it('finds a plan that does not reach 100% by 12月底, and a figure above 100', async () => {
    const findings = run(edit(await loadFixture(SHANHAIGUAN), '项目1-网络舆情综合管理', { F7: 95, C7: 160 }));
    expect(findings.map((f) => `${f.cell} ${f.actual}`)).toEqual(['C7 160%', 'F7 95%']);
  });
});
