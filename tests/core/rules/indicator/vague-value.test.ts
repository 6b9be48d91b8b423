import { gridFromRows } from '../../../../src/core/grid/access';
import { vagueValue } from '../../../../src/core/rules/indicator/vague-value';
import { JULU, PINGLUO, PINGXIANG, SHANHAIGUAN, SHAPOTOU, loadFixture } from '../../helpers/fixtures';
import { findingsOf } from '../../helpers/run';
import { edit } from '../../helpers/mutate';

const run = (grids: Parameters<typeof findingsOf>[0]) => findingsOf(grids, [vagueValue]);
const warnings = (findings: ReturnType<typeof run>) =>
  findings.filter((f) => f.severity === 'warning').map((f) => `${f.sheet}!${f.cell}`);

describe('indicator/vague-value', () => {
  it('warns where 平罗 gives 满意度 as 提高/提升 and a 质量指标 as 提升', async () => {
    const findings = run(await loadFixture(PINGLUO));
    expect(warnings(findings).filter((w) => ['E20', 'E19', 'E32'].includes(w.split('!')[1]))).toEqual([
      '项目1-电子政务外网光纤专线线路租用费!E20',
      '项目5-政府长聘人员经费!E19',
      '项目5-政府长聘人员经费!E32',
    ]);
    expect(findings.find((f) => f.cell === 'E20')!.message).toContain('满意度应写为百分比');
  });

  it('notes qualitative 效益 values (有效提升, 显著提升) and 时效 按时率 as info', async () => {
    const findings = run(await loadFixture(PINGLUO));
    const infos = findings.filter((f) => f.severity === 'info');
    expect(infos.filter((f) => !f.message.startsWith('时效指标'))).toHaveLength(17);
    expect(infos.filter((f) => f.message.startsWith('时效指标'))).toHaveLength(8);
    expect(infos[0]).toMatchObject({ sheet: '项目1-电子政务外网光纤专线线路租用费', cell: 'E17', actual: '提升' });
  });

  it('is quiet on a copy where the values are measurable', async () => {
    let grids = await loadFixture(PINGLUO);
    grids = edit(grids, '项目1-电子政务外网光纤专线线路租用费', {
      E15: '2小时内',
      E17: '≥95%',
      E18: '≥95%',
      E20: '≥95%',
    });
    expect(run(grids).filter((f) => f.sheet.startsWith('项目1'))).toEqual([]);
  });

  it('is quiet on 山海关, whose values are all figures', async () => {
    expect(run(await loadFixture(SHANHAIGUAN))).toEqual([]);
  });

  it('notes 巨鹿’s 时效 "资金按时完成率 100%" (a deadline set elsewhere) as info only', async () => {
    const findings = run(await loadFixture(JULU));
    expect(findings.map((f) => `${f.cell} ${f.severity}`)).toEqual(new Array(4).fill('F12 info'));
  });

  it.each([
    [SHAPOTOU, 8],
    [PINGXIANG, 4],
  ])('gives only info on the 效益 texts and 时效 按时率 of %s', async (file, count) => {
    const findings = run(await loadFixture(file));
    expect(findings).toHaveLength(count);
    expect(findings.every((f) => f.severity === 'info')).toBe(true);
  });
});

describe('indicator/vague-value on a 部门整体绩效目标表', () => {
  it('checks the department’s own indicator table too', () => {
    const grid = gridFromRows('部门整体', [
      ['部门整体绩效目标表'],
      ['一级指标', '二级指标', '三级指标', '指标值'],
      ['产出指标', '数量指标', '开展培训', '≥4次'],
      ['满意度指标', '服务对象满意度指标', '群众满意度', '明显提高'],
    ]);
    expect(run([grid]).map((f) => `${f.cell} ${f.severity}`)).toEqual(['D4 warning']);
  });
});
