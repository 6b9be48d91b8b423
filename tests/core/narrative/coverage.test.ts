import { coverageClaims } from '../../../src/core/narrative/coverage';

const one = (text: string) => {
  const claims = coverageClaims([text]);
  expect(claims).toHaveLength(1);
  return claims[0];
};

describe('coverageClaims', () => {
  it('reads the count and the money of "N个项目…涉及资金X万元"', () => {
    expect(one('2026年，本部门实行绩效目标管理的项目3个，涉及资金1,234.56万元。')).toMatchObject({
      projects: 3,
      amount: { fen: 1_234_560_000, unit: '万元', decimals: 2 },
      fiscal: false,
      scope: 'unknown',
    });
  });

  it('reads Chinese numerals, full-width digits and a 财政拨款 amount', () => {
    expect(one('共十二个重点项目编制了绩效目标，涉及当年财政拨款３５０万元')).toMatchObject({
      projects: 12,
      amount: { fen: 350_000_000 },
      fiscal: true,
      scope: 'some',
    });
  });

  it('knows "所有项目" as all projects, even without a count', () => {
    expect(one('本单位所有项目均已编制绩效目标。')).toMatchObject({ scope: 'all' });
    expect(one('本单位所有项目均已编制绩效目标。').projects).toBeUndefined();
  });

  it('ignores sentences that are not about performance targets', () => {
    expect(coverageClaims(['2026年安排项目支出3个项目，合计120万元。', '三公经费较上年减少2万元。'])).toEqual([]);
  });
});
