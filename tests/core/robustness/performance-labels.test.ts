/** 一级/二级 labels as publishers spell them: recognized, so no category is reported missing or misnamed. */
import { classifyLevel1, classifyLevel2, splitMark } from '../../../src/core/tables/performance/taxonomy';

describe('category label spellings', () => {
  it.each([
    ['产出指标(必填)', 'output'],
    ['产出指标（必填）', 'output'],
    ['效果指标', 'benefit'],
    ['1.产出指标', 'output'],
    ['一、产出指标', 'output'],
    ['（三）满意度指标', 'satisfaction'],
    ['产出指标（50分）', 'output'],
  ])('一级 %s → %s', (label, id) => {
    expect(classifyLevel1(label)).toBe(id);
  });

  it.each([
    ['数量指标（必填硬性指标）', 'quantity'],
    ['社会效益', 'social-benefit'],
    ['生态效益', 'ecological-benefit'],
    ['可持续影响', 'sustainability'],
    ['时效', 'timeliness'],
    ['经济成本', 'economic-cost'],
    ['服务对象满意度', 'satisfaction'],
    ['社会公众或服务对象满意度', 'satisfaction'],
    ['满意度指标 / 服务对象满意度', 'satisfaction'],
    ['满意度指标/服务对象满意度指标（必填）', 'satisfaction'],
    ['数量指标(必填项)', 'quantity'],
    ['1.数量指标', 'quantity'],
    ['数量指标（权重20%）', 'quantity'],
  ])('二级 %s → %s', (label, id) => {
    expect(classifyLevel2(label)).toBe(id);
  });

  it('reads 必填项 / 选填项 marks', () => {
    expect(splitMark('数量指标(必填项)').mark).toBe('required');
    expect(splitMark('经济效益指标（选填项）').mark).toBe('optional');
  });

  it('still rejects labels that are not categories', () => {
    expect(classifyLevel2('综合评定等级')).toBeNull();
    expect(classifyLevel2('社会')).toBeNull();
    expect(classifyLevel1('合计')).toBeNull();
    expect(classifyLevel2('产出指标')).toBeNull();
  });
});
