import { gridFromRows } from '../../../../src/core/grid/access';
import { requiredMissing } from '../../../../src/core/rules/indicator/required-missing';
import { JULU, PINGLUO, PINGXIANG, SHANHAIGUAN, SHAPOTOU, loadFixture } from '../../helpers/fixtures';
import { findingsOf, where } from '../../helpers/run';
import { applyFix, deleteRows, edit } from '../../helpers/mutate';

const run = (grids: Parameters<typeof findingsOf>[0], profile?: string) =>
  findingsOf(grids, [requiredMissing], { profile });

describe('indicator/required-missing', () => {
  it('finds the 成本指标 block missing from 平罗 项目4, where it belongs, with rows to insert', async () => {
    const findings = run(await loadFixture(PINGLUO));
    expect(where(findings)).toEqual(['项目4-农村信息员生活补助!C15']);
    expect(findings[0]).toMatchObject({ severity: 'error', expected: '成本指标' });
    expect(findings[0].message).toContain('成本指标');
    expect(findings[0].fix).toEqual({
      kind: 'insert-rows',
      description: '在第 15 行前插入“成本指标”行',
      sheet: '项目4-农村信息员生活补助',
      beforeRow: 14,
      startCol: 1,
      rows: [['产出指标', '成本指标（必填）', '', '']],
    });
  });

  it('is quiet once the fix is applied and the inserted row filled in', async () => {
    const [finding] = run(await loadFixture(PINGLUO));
    const fixed = edit(applyFix(await loadFixture(PINGLUO), finding.fix!), '项目4-农村信息员生活补助', {
      D15: '农村信息员生活补助发放标准',
      E15: '≤60.48万元',
    });
    expect(run(fixed)).toEqual([]);
  });

  it('finds 数量、时效、成本指标 missing from both 山海关 projects (河北 profile)', async () => {
    const findings = run(await loadFixture(SHANHAIGUAN));
    expect(where(findings)).toEqual([
      '项目1-网络舆情综合管理!B10',
      '项目1-网络舆情综合管理!B11',
      '项目1-网络舆情综合管理!B11',
      '项目2-网络阵地建设和内容管理!B10',
      '项目2-网络阵地建设和内容管理!B11',
      '项目2-网络阵地建设和内容管理!B11',
    ]);
    expect(findings.map((f) => f.expected)).toEqual([
      '数量指标',
      '时效指标',
      '成本指标',
      '数量指标',
      '时效指标',
      '成本指标',
    ]);
    expect(findings[0].message).toContain('河北');
  });

  it.each([SHAPOTOU, JULU, PINGXIANG])('is quiet on %s, which has every mandatory category', async (file) => {
    expect(run(await loadFixture(file))).toEqual([]);
  });

  it('finds a deleted 时效指标 block at the row it belonged to', async () => {
    const shapotou = deleteRows(await loadFixture(SHAPOTOU), '项目1-网络安全与信息化工作经费', 20, 23);
    const [finding, ...others] = run(shapotou);
    expect(others).toEqual([]);
    expect(`${finding.sheet}!${finding.cell}`).toBe('项目1-网络安全与信息化工作经费!C20');
    expect(finding.fix).toMatchObject({ beforeRow: 19, rows: [['产出指标', '时效指标（必填）', '', '']] });

    const pingluo = deleteRows(await loadFixture(PINGLUO), '项目1-电子政务外网光纤专线线路租用费', 15, 15);
    expect(where(run(pingluo))).toContain('项目1-电子政务外网光纤专线线路租用费!C15');
  });

  it('reports a mandatory label whose rows were all left blank at the label', async () => {
    const grids = edit(await loadFixture(SHAPOTOU), '项目2-网络舆情监测系统服务购买经费', {
      D18: null,
      E18: null,
      D19: null,
    });
    const findings = run(grids);
    expect(where(findings)).toEqual(['项目2-网络舆情监测系统服务购买经费!C18']);
    expect(findings[0].fix).toBeUndefined();
  });

  it('follows a chosen profile: 宁夏 requires 社会效益指标, which 巨鹿 项目3 replaced by 经济效益', async () => {
    expect(where(run(await loadFixture(JULU), 'ningxia'))).toEqual(['项目3-网络舆情基层监测服务费!B15']);
  });
});

describe('indicator/required-missing on the 上海 layout', () => {
  it('inserts a missing cost as 经济成本指标 under the 一级 成本指标', () => {
    const grid = gridFromRows('上海', [
      ['财政项目支出绩效目标申报表'],
      ['一级指标', '二级指标', '三级指标', '指标值'],
      ['产出指标', '数量指标', '活动场次', '≥12场'],
      ['产出指标', '质量指标', '活动完成率', '=100.00(%)'],
      ['产出指标', '时效指标', '完成时间', '2024年年底'],
      ['成本指标', '社会成本指标', '噪声影响', '无'],
      ['效益指标', '社会效益指标', '居民参与率', '≥80%'],
      ['满意度指标', '服务对象满意度指标', '居民满意度', '≥90%'],
    ]);
    expect(run([grid])).toEqual([]);
    const withoutCost = gridFromRows(
      '上海',
      grid.values.filter((_, i) => i !== 5),
    );
    const [finding] = run([withoutCost], 'shanghai');
    expect(finding).toMatchObject({ cell: 'B6', expected: '经济成本指标' });
    expect(finding.fix?.rows).toEqual([['成本指标', '经济成本指标', '', '']]);
  });
});
