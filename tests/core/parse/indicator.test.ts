import { formatIndicatorValue, parseIndicatorValue } from '../../../src/core/parse/indicator';

describe('parseIndicatorValue', () => {
  it.each([
    ['≥98%', { operator: '≥', number: 98, unit: '%' }],
    ['90%以上', { operator: '≥', number: 90, unit: '%' }],
    ['=100.00(%)', { operator: '=', number: 100, unit: '%' }],
    ['≤1%', { operator: '≤', number: 1, unit: '%' }],
    ['＞５次', { operator: '>', number: 5, unit: '次' }],
    ['不低于95%', { operator: '≥', number: 95, unit: '%' }],
    ['207 条（移动光纤）', { operator: null, number: 207, unit: '条', note: '移动光纤' }],
    ['80 平方米', { operator: null, number: 80, unit: '平方米' }],
    ['≥3 年', { operator: '≥', number: 3, unit: '年' }],
    ['1个', { operator: null, number: 1, unit: '个' }],
    ['8次/年', { operator: null, number: 8, unit: '次', per: '年' }],
  ] as const)('%p is a quantity', (text, expected) => {
    expect(parseIndicatorValue(text)).toEqual({ kind: 'quantity', ...expected });
  });

  it.each([
    ['17 万', 17_000_000],
    ['6万元/年', 6_000_000],
    ['≤7万元', 7_000_000],
    ['8.897 万', 8_897_000],
    ['1,200元', 120_000],
  ])('%p is an exact amount of %d 分', (text, fen) => {
    const value = parseIndicatorValue(text);
    expect(value.kind === 'quantity' && value.amount?.fen).toBe(fen);
  });

  it.each([
    ['2023年9月', { year: 2023, month: 9 }],
    ['2023年年底', { year: 2023, endOf: 'year' }],
    ['2024 年', { year: 2024 }],
    ['12月底前', { month: 12, endOf: 'month' }],
    ['年底前', { endOf: 'year' }],
  ] as const)('%p is a date', (text, expected) => {
    expect(parseIndicatorValue(text)).toEqual({ kind: 'date', ...expected });
  });

  it.each(['有效提升', '合格及以上等次', '不发生人员流失', '优□良□中□差□'])('%p is text', (text) => {
    expect(parseIndicatorValue(text)).toEqual({ kind: 'text', text });
  });

  it('reads a number cell by its format: 0.98 shown as 98%, 0.58 without float noise', () => {
    expect(parseIndicatorValue(0.98, '0%')).toEqual({ kind: 'quantity', operator: null, number: 98, unit: '%' });
    expect(parseIndicatorValue(0.58, '0.00%')).toMatchObject({ number: 58 });
    expect(parseIndicatorValue(25, '0.00', true)).toMatchObject({ number: 25, unit: '%' });
    expect(parseIndicatorValue(3)).toMatchObject({ number: 3, unit: '' });
  });

  it.each([null, '', '  '])('%p is empty', (value) => {
    expect(parseIndicatorValue(value)).toEqual({ kind: 'empty' });
  });

  it('formats a value back the way it is written', () => {
    expect(formatIndicatorValue(parseIndicatorValue('≥ 3 个'))).toBe('≥3个');
    expect(formatIndicatorValue(parseIndicatorValue('2023年年底'))).toBe('2023年年底');
  });
});
