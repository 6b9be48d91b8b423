import { basisMissing } from '../../../../src/core/rules/indicator/basis-missing';
import { JULU, PINGLUO, PINGXIANG, SHANHAIGUAN, SHAPOTOU, loadFixture } from '../../helpers/fixtures';
import { findingsOf } from '../../helpers/run';
import { edit } from '../../helpers/mutate';

const run = (grids: Parameters<typeof findingsOf>[0]) => findingsOf(grids, [basisMissing]);
const bySeverity = (findings: ReturnType<typeof run>, severity: string) =>
  findings.filter((f) => f.severity === severity).map((f) => `${f.sheet}!${f.cell}`);

describe('indicator/basis-missing', () => {
  it('finds every empty 指标值确定依据 of 山海关', async () => {
    const findings = run(await loadFixture(SHANHAIGUAN));
    expect(bySeverity(findings, 'warning')).toEqual([
      '项目1-网络舆情综合管理!G10',
      '项目1-网络舆情综合管理!G11',
      '项目1-网络舆情综合管理!G12',
      '项目2-网络阵地建设和内容管理!G10',
      '项目2-网络阵地建设和内容管理!G11',
      '项目2-网络阵地建设和内容管理!G12',
    ]);
    expect(findings).toHaveLength(6);
  });

  it('finds the indicator name 人员满意度 written as a basis in 巨鹿 项目4, and notes custom bases once per table', async () => {
    const findings = run(await loadFixture(JULU));
    expect(bySeverity(findings, 'warning')).toEqual(['项目4-网信专项经费!G16']);
    expect(bySeverity(findings, 'info')).toEqual([
      '项目1-工作经费!G10',
      '项目2-网络安全和信息化专项经费!G10',
      '项目3-网络舆情基层监测服务费!G10',
      '项目4-网信专项经费!G10',
    ]);
    expect(findings[0].message).toContain('本表 7 条指标值确定依据为自拟表述（如“工作安排”）');
  });

  it('is quiet once the bases are standard', async () => {
    const standard = { G10: '计划标准', G11: '行业标准', G12: '历史标准' };
    let grids = edit(await loadFixture(SHANHAIGUAN), '项目1-网络舆情综合管理', standard);
    grids = edit(grids, '项目2-网络阵地建设和内容管理', standard);
    expect(run(grids)).toEqual([]);
  });

  it.each([SHAPOTOU, PINGLUO])('is quiet on %s, which has no 指标值确定依据 column', async (file) => {
    expect(run(await loadFixture(file))).toEqual([]);
  });

  it('notes 平乡 custom bases as info only', async () => {
    const findings = run(await loadFixture(PINGXIANG));
    expect(findings.map((f) => f.severity)).toEqual(['info', 'info', 'info']);
  });
});
