/** 指标值 as publishers write them: every spelling reads as the bound, date or amount it means. */
import { parseIndicatorValue } from '../../../src/core/parse/indicator';

const parse = (value: string | number, format?: string, percentColumn?: boolean) =>
  parseIndicatorValue(value, format, percentColumn);

describe('指标值 spellings', () => {
  it.each([
    ['≥98%', '≥', 98, '%'],
    ['98%以上', '≥', 98, '%'],
    ['不低于95%', '≥', 95, '%'],
    ['≥９８％', '≥', 98, '%'],
    ['=100.00(%)', '=', 100, '%'],
    ['100%', null, 100, '%'],
    ['≥1个', '≥', 1, '个'],
    ['1年', null, 1, '年'],
    ['95%及以上', '≥', 95, '%'],
    ['达到95%', '≥', 95, '%'],
  ])('%s → %s%s%s', (text, operator, number, unit) => {
    expect(parse(text)).toMatchObject({ kind: 'quantity', operator, number, unit });
  });

  it('reads money ceilings with their exact amount', () => {
    expect(parse('≤7万元')).toMatchObject({ operator: '≤', amount: { fen: 7_000_000 } });
    expect(parse('7万元以内')).toMatchObject({ operator: '≤', amount: { fen: 7_000_000 } });
  });

  it('keeps a rate per period and a trailing remark apart from the unit', () => {
    expect(parse('3次/年')).toMatchObject({ number: 3, unit: '次', per: '年' });
    expect(parse('95%（含）')).toMatchObject({ number: 95, unit: '%', note: '含' });
  });

  it('reads deadlines, with or without a day', () => {
    expect(parse('2023年12月底前')).toEqual({ kind: 'date', year: 2023, month: 12, endOf: 'month' });
    expect(parse('12月底')).toEqual({ kind: 'date', month: 12, endOf: 'month' });
    expect(parse('2023年12月31日前')).toEqual({ kind: 'date', year: 2023, month: 12, day: 31 });
    expect(parse('12月31日')).toEqual({ kind: 'date', month: 12, day: 31 });
  });

  it('scales a number shown through a real % format, not one whose % is a literal', () => {
    expect(parse(0.98, '0%')).toMatchObject({ number: 98, unit: '%' });
    expect(parse(0.98, '0.00%')).toMatchObject({ number: 98, unit: '%' });
    expect(parse(98, '0"%"')).toMatchObject({ number: 98, unit: '%' });
    expect(parse(98, '0\\%')).toMatchObject({ number: 98, unit: '%' });
  });

  it('treats a bare figure typed as text under a （%） header as a percentage', () => {
    expect(parse('98', 'General', true)).toMatchObject({ number: 98, unit: '%' });
    expect(parse('≥98', 'General', true)).toMatchObject({ operator: '≥', number: 98, unit: '%' });
    expect(parse('98', 'General', false)).toMatchObject({ number: 98, unit: '' });
  });
});
