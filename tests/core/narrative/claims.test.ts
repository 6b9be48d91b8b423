import { extractClaims, latestYearMentioned } from '../../../src/core/narrative/claims';

const levels = (text: string, budgetYear = 2023) =>
  extractClaims(text, { budgetYear })
    .filter((c) => c.kind === 'level')
    .map((c) => [c.topic, c.amount.fen]);

describe('extractClaims: levels', () => {
  it.each([
    [
      '反映本部门当年全部收入。2023年预算收入107.54万元，其中：一般公共预算收入95.54万元，基金预算收入18万元，财政专户核拨收入0万元，其他来源收入0万元，上年结转0万元。',
      [
        ['income.total', 107_540_000],
        ['income.general', 95_540_000],
        ['income.fund', 18_000_000],
        ['income.special', 0],
        ['income.other', 0],
        ['income.carryover', 0],
      ],
    ],
    [
      '2023年部门支出预算为107.54万元，其中基本支出77.54万元，包括人员经费72.8万元和公用经费4.74万元；项目支出30万元，主要为网络安全和信息化。',
      [
        ['expenditure.total', 107_540_000],
        ['expenditure.basic', 77_540_000],
        ['expenditure.personnel', 72_800_000],
        ['expenditure.public', 4_740_000],
        ['expenditure.project', 30_000_000],
      ],
    ],
    ['2023年度机关运行经费预算为4.74万元；主要用于部门办公费、交通补贴等日常公用。', [['operating-costs', 4_740_000]]],
    [
      '2023年我部门财政拨款“三公”经费预算安排0万元，其中：因公出国（境）费0万元；公务用车购置及运维费1.5万元（其中：公务用车购置费0万元，公务用车运行维护费1.5万元)；公务接待费0.3万元。',
      [
        ['three-public.total', 0],
        ['three-public.abroad', 0],
        ['three-public.vehicle', 1_500_000],
        ['three-public.vehicle-purchase', 0],
        ['three-public.vehicle-operation', 1_500_000],
        ['three-public.reception', 300_000],
      ],
    ],
    ['2023年，某办公室安排政府采购预算0.00万元。具体内容见下表。', [['procurement', 0]]],
    [
      '部门收入总额1,075,400.00元，其中财政拨款收入1,075,400元。',
      [
        ['income.total', 107_540_000],
        ['income.fiscal', 107_540_000],
      ],
    ],
    ['一般公共预算拨款收入１０７．５４万元。', [['income.general', 107_540_000]]],
    [
      '事业收入12万元，事业单位经营收入3万元，上级补助收入1万元，附属单位上缴收入2万元，国有资本经营预算收入5万元。',
      [
        ['income.institution', 12_000_000],
        ['income.business', 3_000_000],
        ['income.superior', 1_000_000],
        ['income.affiliated', 2_000_000],
        ['income.capital', 5_000_000],
      ],
    ],
  ])('%s', (text, expected) => {
    expect(levels(text)).toEqual(expected);
  });

  it.each([
    ['较2022年增加13.71万元', '2023年部门预算收支安排107.54万元，较2022年增加13.71万元。'],
    ['上年的水平', '2022年预算收入95万元，其中一般公共预算收入95万元。'],
    ['上年 in the sentence', '上年一般公共预算收入90万元。'],
    ['a comparison', '基本支出比上年的70万元有所增加。'],
    ['an expenditure by source', '2023年支出预算中一般公共预算支出107.54万元。'],
    ['a 分别 list', '一般公共预算收入、政府性基金收入分别为95.54万元、18万元。'],
    ['amounts without a topic', '单价在20万元以上的设备0台。'],
    ['one project', '网络安全和信息化项目支出10万元，用于设备运维。'],
    ['one unit', '所属中心基本支出20万元。'],
  ])('takes no level from %s', (_, text) => {
    expect(levels(text)).toEqual([]);
  });

  it('keeps this year after last year in one sentence', () => {
    expect(levels('2022年一般公共预算收入90万元，2023年一般公共预算收入95.54万元。')).toEqual([
      ['income.general', 95_540_000],
    ]);
  });

  it('keeps the sentence precision and unit of each amount', () => {
    const [claim] = extractClaims('机关运行经费预算为4.7万元。');
    expect(claim).toMatchObject({
      amount: { fen: 4_700_000, unit: '万元', decimals: 1 },
      text: '机关运行经费预算为4.7万元',
    });
  });
});

describe('extractClaims: changes', () => {
  it.each([
    ['2023年部门预算收支安排107.54万元，较2022年增加13.71万元。', null, 'increase', 13_710_000],
    ['项目支出30万元，比上年减少5万元，主要是项目完成。', 'expenditure.project', 'decrease', 5_000_000],
    ['公务接待费较上年下降2000元。', 'three-public.reception', 'decrease', 200_000],
  ] as const)('%s', (text, topic, direction, fen) => {
    const changes = extractClaims(text, { budgetYear: 2023 }).filter((c) => c.kind === 'change');
    expect(changes).toEqual([expect.objectContaining({ topic, direction, amount: expect.objectContaining({ fen }) })]);
  });
});

describe('latestYearMentioned', () => {
  it('is the latest 20xx year of the text', () => {
    expect(latestYearMentioned(['2023年预算收入107.54万元', '较2022年增加'])).toBe(2023);
    expect(latestYearMentioned(['无年份'])).toBeUndefined();
  });
});

describe('extractClaims: 决算 figures', () => {
  it('tells the 年初预算 from the 决算数 of one quantity', () => {
    const claims = extractClaims('2023年度“三公”经费支出年初预算为5万元，支出决算为4.5万元，完成年初预算的90%。', {
      budgetYear: 2023,
    });
    expect(claims.filter((c) => c.kind === 'level').map((c) => [c.topic, c.figure, c.amount.fen])).toEqual([
      ['three-public.total', 'budget', 5_000_000],
      ['three-public.total', 'final', 4_500_000],
    ]);
  });
});
