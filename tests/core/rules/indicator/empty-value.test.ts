import { emptyValue } from '../../../../src/core/rules/indicator/empty-value';
import { JULU, PINGLUO, PINGXIANG, SHANHAIGUAN, SHAPOTOU, loadFixture } from '../../helpers/fixtures';
import { findingsOf, where } from '../../helpers/run';
import { edit } from '../../helpers/mutate';

const run = (grids: Parameters<typeof findingsOf>[0]) => findingsOf(grids, [emptyValue]);
const P1 = '项目1-网络安全与信息化工作经费';
const P2 = '项目2-网络舆情监测系统服务购买经费';

describe('indicator/empty-value', () => {
  it('finds every empty "指标N:" placeholder of 沙坡头 as a warning', async () => {
    const findings = run(await loadFixture(SHAPOTOU));
    expect(where(findings)).toEqual([
      `${P1}!D26`,
      `${P1}!D29`,
      `${P2}!D19`,
      `${P2}!D21`,
      `${P2}!D23`,
      `${P2}!D24`,
      `${P2}!D29`,
      `${P2}!D33`,
    ]);
    expect(findings.every((f) => f.severity === 'warning')).toBe(true);
    expect(findings[2].message).toContain('“时效指标”下的“指标2:”是未填写的占位行');
  });

  it('is quiet once the placeholders are removed', async () => {
    let grids = await loadFixture(SHAPOTOU);
    grids = edit(grids, P1, { D26: null, D29: null });
    grids = edit(grids, P2, { D19: null, D21: null, D23: null, D24: null, D29: null, D33: null });
    expect(run(grids)).toEqual([]);
  });

  it.each([PINGLUO, JULU, SHANHAIGUAN, PINGXIANG])(
    'is quiet on %s, where every indicator has a value',
    async (file) => {
      expect(run(await loadFixture(file))).toEqual([]);
    },
  );

  it('is an error when a 必填 category is left without any value', async () => {
    const findings = run(edit(await loadFixture(SHAPOTOU), P2, { E18: null }));
    const timeliness = findings.filter((f) => f.cell === 'E18' || f.cell === 'D19');
    expect(timeliness.map((f) => `${f.cell} ${f.severity}`)).toEqual(['E18 error', 'D19 error']);
    expect(timeliness[0].message).toBe('“时效指标”下的指标“系统使用时限”没有填写指标值');
  });

  it('reports a value without a name at the name cell', async () => {
    const findings = run(edit(await loadFixture(PINGLUO), '项目4-农村信息员生活补助', { D11: null }));
    expect(where(findings)).toEqual(['项目4-农村信息员生活补助!D11']);
  });
});
