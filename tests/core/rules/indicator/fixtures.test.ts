/**
 * The oracle: every indicator/* and funds/* finding on the real 绩效目标 fixtures, by sheet and cell.
 * A new finding here or a lost one is a change of behaviour to review.
 */
import { fundsRules } from '../../../../src/core/rules/funds';
import { indicatorRules } from '../../../../src/core/rules/indicator';
import { JULU, PINGLUO, PINGXIANG, SHANHAIGUAN, SHAPOTOU, loadFixture } from '../../helpers/fixtures';
import { findingsOf } from '../../helpers/run';

const rules = [...indicatorRules, ...fundsRules];

/** Errors and warnings as "sheet!cell rule" (infos are pinned in each rule's own test). */
async function defects(file: string): Promise<string[]> {
  return findingsOf(await loadFixture(file), rules)
    .filter((f) => f.severity !== 'info')
    .map((f) => `${f.sheet}!${f.cell} ${f.ruleId}`);
}

describe('real defects of the 绩效目标 fixtures', () => {
  it('沙坡头: empty placeholders and a duplicate number', async () => {
    expect(await defects(SHAPOTOU)).toEqual([
      '项目1-网络安全与信息化工作经费!D26 indicator/empty-value',
      '项目1-网络安全与信息化工作经费!D29 indicator/empty-value',
      '项目1-网络安全与信息化工作经费!D34 indicator/duplicate',
      '项目2-网络舆情监测系统服务购买经费!D19 indicator/empty-value',
      '项目2-网络舆情监测系统服务购买经费!D21 indicator/empty-value',
      '项目2-网络舆情监测系统服务购买经费!D23 indicator/empty-value',
      '项目2-网络舆情监测系统服务购买经费!D24 indicator/empty-value',
      '项目2-网络舆情监测系统服务购买经费!D29 indicator/empty-value',
      '项目2-网络舆情监测系统服务购买经费!D33 indicator/empty-value',
    ]);
  });

  it('平罗: 满意度 as 提高/提升, ≥100%, 覆盖率 as a year, a missing 成本指标, 时效 rates without a time', async () => {
    expect(await defects(PINGLUO)).toEqual([
      '项目1-电子政务外网光纤专线线路租用费!E15 indicator/vague-value',
      '项目1-电子政务外网光纤专线线路租用费!E20 indicator/vague-value',
      '项目2-网络安全管理经费!E23 indicator/value-format',
      '项目2-网络安全管理经费!E28 indicator/value-format',
      '项目2-网络安全管理经费!E29 indicator/value-format',
      '项目2-网络安全管理经费!E30 indicator/vague-value',
      '项目4-农村信息员生活补助!C15 indicator/required-missing',
      '项目5-政府长聘人员经费!E19 indicator/vague-value',
      '项目5-政府长聘人员经费!E21 indicator/vague-value',
      '项目5-政府长聘人员经费!E23 indicator/vague-value',
      '项目5-政府长聘人员经费!E24 indicator/vague-value',
      '项目5-政府长聘人员经费!E32 indicator/vague-value',
    ]);
  });

  it('巨鹿: a 率 given in 年, a 年限 in 个, an indicator name as 确定依据', async () => {
    expect(await defects(JULU)).toEqual([
      '项目3-网络舆情基层监测服务费!F15 indicator/value-format',
      '项目4-网信专项经费!F15 indicator/value-format',
      '项目4-网信专项经费!G16 indicator/basis-missing',
    ]);
  });

  it('山海关: 数量、时效、成本指标 missing, 指标值确定依据 empty', async () => {
    const sheet1 = '项目1-网络舆情综合管理';
    const sheet2 = '项目2-网络阵地建设和内容管理';
    expect(await defects(SHANHAIGUAN)).toEqual(
      [sheet1, sheet2].flatMap((s) => [
        `${s}!B10 indicator/required-missing`,
        `${s}!G10 indicator/basis-missing`,
        `${s}!B11 indicator/required-missing`,
        `${s}!B11 indicator/required-missing`,
        `${s}!G11 indicator/basis-missing`,
        `${s}!G12 indicator/basis-missing`,
      ]),
    );
  });

  it('平乡: costs written with ≥, a duplicate 成本 name; the projects match 项目支出', async () => {
    expect(await defects(PINGXIANG)).toEqual([
      '项目2-网络宣传和评论引导!E7 indicator/cost-operator',
      '项目2-网络宣传和评论引导!C8 indicator/duplicate',
      '项目2-网络宣传和评论引导!E8 indicator/cost-operator',
    ]);
  });
});
