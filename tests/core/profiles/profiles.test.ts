import { findProfile, profileFor, profiles } from '../../../src/core/profiles';
import { mandatoryCategories } from '../../../src/core/profiles/requirements';
import type { IndicatorBlock, LayoutHints } from '../../../src/core/tables/performance/model';

const hints = (partial: Partial<LayoutHints>): LayoutHints => ({
  marks: false,
  effectAlias: false,
  basisColumn: false,
  costAsLevel1: false,
  ...partial,
});

describe('profiles', () => {
  it('lists every profile with a zh-CN name and description', () => {
    expect(profiles.map((p) => p.id)).toEqual(['mof-2021', 'ningxia', 'hebei', 'shanghai']);
    for (const p of profiles) expect(p.name.length && p.description.length).toBeTruthy();
  });

  it.each([
    [{}, 'mof-2021'],
    [{ marks: true }, 'ningxia'],
    [{ basisColumn: true }, 'hebei'],
    [{ effectAlias: true }, 'hebei'],
    [{ costAsLevel1: true, marks: true }, 'shanghai'],
  ])('detects %p as %s', (partial, id) => {
    expect(profileFor(hints(partial)).id).toBe(id);
  });

  it('lets a chosen profile win over detection, and ignores an unknown id', () => {
    expect(profileFor(hints({ marks: true }), 'hebei').id).toBe('hebei');
    expect(profileFor(hints({ marks: true }), 'nowhere').id).toBe('ningxia');
    expect(findProfile('nowhere')).toBeUndefined();
  });
});

describe('mandatoryCategories', () => {
  const block = (categories: Partial<IndicatorBlock['categories'][number]>[]): IndicatorBlock =>
    ({ categories }) as unknown as IndicatorBlock;

  it('takes the profile’s categories: 财政部 2021 wants at least one 效益 category', () => {
    const required = mandatoryCategories(block([]), findProfile('mof-2021')!);
    expect(required.map((r) => r.label)).toEqual([
      '数量指标',
      '质量指标',
      '时效指标',
      '成本指标',
      '效益指标（至少一类）',
      '服务对象满意度指标',
    ]);
  });

  it('adds what the sheet marks 必填 and drops what it marks 选填', () => {
    const required = mandatoryCategories(
      block([
        { level2: 'ecological-benefit', mark: 'required' },
        { level2: 'sustainability', mark: 'optional' },
        { level2: 'output-cost', mark: 'required' },
      ]),
      findProfile('ningxia')!,
    );
    const labels = required.map((r) => r.label);
    expect(labels).toContain('生态效益指标');
    expect(labels).not.toContain('可持续影响指标');
    expect(labels.filter((l) => l === '成本指标')).toHaveLength(1);
  });
});
