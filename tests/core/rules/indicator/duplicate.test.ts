import { duplicate } from '../../../../src/core/rules/indicator/duplicate';
import { JULU, PINGLUO, PINGXIANG, SHANHAIGUAN, SHAPOTOU, loadFixture } from '../../helpers/fixtures';
import { findingsOf, where } from '../../helpers/run';
import { edit } from '../../helpers/mutate';

const run = (grids: Parameters<typeof findingsOf>[0]) => findingsOf(grids, [duplicate]);

describe('indicator/duplicate', () => {
  it('finds the second "指标2:" among 沙坡头 项目1 满意度指标', async () => {
    const findings = run(await loadFixture(SHAPOTOU));
    expect(where(findings)).toEqual(['项目1-网络安全与信息化工作经费!D34']);
    expect(findings[0].related).toEqual([{ sheet: '项目1-网络安全与信息化工作经费', cell: 'D33' }]);
  });

  it('finds the two 成本指标 both named 年度支出 in 平乡 项目2', async () => {
    expect(where(run(await loadFixture(PINGXIANG)))).toEqual(['项目2-网络宣传和评论引导!C8']);
  });

  it('is quiet on corrected copies', async () => {
    const shapotou = edit(await loadFixture(SHAPOTOU), '项目1-网络安全与信息化工作经费', {
      D34: '指标3: 网络安全检查单位满意',
    });
    expect(run(shapotou)).toEqual([]);
    const pingxiang = edit(await loadFixture(PINGXIANG), '项目2-网络宣传和评论引导', {
      C7: '网评年度支出',
      C8: '网宣年度支出',
    });
    expect(run(pingxiang)).toEqual([]);
  });

  it.each([PINGLUO, JULU, SHANHAIGUAN])(
    'is quiet on %s (the same name in different categories is fine)',
    async (file) => {
      expect(run(await loadFixture(file))).toEqual([]);
    },
  );
});
