import { valueFormat } from '../../../../src/core/rules/indicator/value-format';
import { JULU, PINGLUO, PINGXIANG, SHANHAIGUAN, SHAPOTOU, loadFixture } from '../../helpers/fixtures';
import { findingsOf, where } from '../../helpers/run';
import { edit } from '../../helpers/mutate';

const run = (grids: Parameters<typeof findingsOf>[0]) => findingsOf(grids, [valueFormat]);
const P2 = '项目2-网络安全管理经费';

describe('indicator/value-format', () => {
  it('finds the "≥100%" bound and the 覆盖率 given as a year in 平罗 项目2', async () => {
    const findings = run(await loadFixture(PINGLUO));
    expect(where(findings)).toEqual([`${P2}!E23`, `${P2}!E28`, `${P2}!E29`]);
    expect(findings[0]).toMatchObject({ expected: '=100%', actual: '≥100%' });
    expect(findings[1].message).toContain('是时间，而该指标是比率');
  });

  it('finds the 年限 counted in 个 and the 完成率 given in 年 in 巨鹿', async () => {
    const findings = run(await loadFixture(JULU));
    expect(where(findings)).toEqual(['项目3-网络舆情基层监测服务费!F15', '项目4-网信专项经费!F15']);
    expect(findings[1]).toMatchObject({ expected: '1年', actual: '1个' });
  });

  it('is quiet on corrected copies', async () => {
    const pingluo = edit(await loadFixture(PINGLUO), P2, { E23: '=100%', E28: '≥95%', E29: '≥95%' });
    expect(run(pingluo)).toEqual([]);
    let julu = edit(await loadFixture(JULU), '项目4-网信专项经费', { F15: '1年' });
    julu = edit(julu, '项目3-网络舆情基层监测服务费', { C15: '资金使用年限' });
    expect(run(julu)).toEqual([]);
  });

  it.each([SHAPOTOU, SHANHAIGUAN, PINGXIANG])('is quiet on %s', async (file) => {
    expect(run(await loadFixture(file))).toEqual([]);
  });

  it.each([
    ['120%', '超过 100%'],
    ['95分', '不是百分比'],
    ['满意', '不是百分比'],
  ])('finds a 满意度 of %p', async (value, words) => {
    const grids = edit(await loadFixture(PINGLUO), P2, { E41: value });
    const [finding] = run(grids).filter((f) => f.cell === 'E41');
    expect(finding.message).toContain(words);
  });
});
