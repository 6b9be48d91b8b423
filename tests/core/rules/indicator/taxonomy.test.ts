import { taxonomy } from '../../../../src/core/rules/indicator/taxonomy';
import { JULU, PINGLUO, PINGXIANG, SHANHAIGUAN, SHAPOTOU, loadFixture } from '../../helpers/fixtures';
import { findingsOf, where } from '../../helpers/run';
import { edit } from '../../helpers/mutate';

const run = (grids: Parameters<typeof findingsOf>[0]) => findingsOf(grids, [taxonomy]);
const P1 = '项目1-电子政务外网光纤专线线路租用费';

describe('indicator/taxonomy', () => {
  it.each([SHAPOTOU, PINGLUO, JULU, SHANHAIGUAN, PINGXIANG])(
    'accepts the categories of %s (效果指标, 成本 under 产出)',
    async (file) => {
      expect(run(await loadFixture(file))).toEqual([]);
    },
  );

  it('finds 效益 categories put under 产出指标, once per label', async () => {
    const findings = run(edit(await loadFixture(PINGLUO), P1, { B17: '产出指标' }));
    expect(where(findings)).toEqual([`${P1}!C17`, `${P1}!C19`]);
    expect(findings[0].message).toBe('二级指标“社会效益指标”不应放在一级指标“产出指标”下：应属于“效益指标”');
  });

  it('finds an unknown 二级 and an unknown 一级', async () => {
    const findings = run(edit(await loadFixture(JULU), '项目1-工作经费', { B10: '任务指标', A16: '满意程度' }));
    expect(where(findings)).toEqual(['项目1-工作经费!B10', '项目1-工作经费!A16']);
  });
});
