import fc from 'fast-check';
import { amountFen, formatAmount, parseAmount } from '../../../src/core/parse/amount';

describe('parseAmount', () => {
  it.each([
    [107.54, '万元', 107_540_000],
    ['1,075.40', '元', 107_540],
    ['１７', '万元', 17_000_000],
    ['17 万', '元', 17_000_000],
    ['6万元/年', '元', 6_000_000],
    ['12.5元', '万元', 1_250],
    ['(12.50)', '元', -1_250],
    [0.1 + 0.2, '元', 30],
  ] as const)('%p in %s → %d 分', (input, unit, fen) => {
    const parsed = parseAmount(input, unit);
    expect(parsed).toMatchObject({ kind: 'amount', amount: { fen } });
  });

  it.each([null, '', '-', '—', '无'])('%p is empty', (input) => {
    expect(parseAmount(input).kind).toBe('empty');
  });

  it.each(['XX', '待填写', '1.2.3', '≥98%', '1,2,3', '12,34.5', '1,23', '1234,567', ',123', '1,'])(
    '%p is not an amount',
    (input) => {
      expect(parseAmount(input).kind).toBe('invalid');
    },
  );

  it.each([
    ['1,234,567.8', 123_456_780],
    ['-1,234', -123_400],
    ['1，234.50', 123_450],
  ] as const)('%p has its separators in groups of three → %d 分', (input, fen) => {
    expect(parseAmount(input, '元')).toMatchObject({ kind: 'amount', amount: { fen } });
  });

  it('round-trips any 2-decimal amount through text, full-width digits and separators', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e10, max: 1e10 }), (cents) => {
        const text = formatAmount(cents * 10_000, '万元');
        const grouped = text.replace(/\B(?=(\d{3})+(?!\d))(?=[^.]*(\.|$))/g, ',');
        const fullWidth = text.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
        for (const form of [text, grouped, fullWidth, Number(text)]) {
          expect(parseAmount(form, '万元')).toMatchObject({ kind: 'amount', amount: { fen: cents * 10_000 } });
        }
      }),
    );
  });
});

describe('amountFen', () => {
  const expectedFen = (value: Parameters<typeof parseAmount>[0], unit: '元' | '万元') => {
    const parsed = parseAmount(value, unit);
    return parsed.kind === 'amount' ? parsed.amount.fen : parsed.kind;
  };

  it('reads what parseAmount reads, for numbers of every size and precision', () => {
    const numbers = fc.oneof(
      fc.double({ noNaN: false }),
      fc.integer({ min: -1e9, max: 1e9 }).map((n) => n / 100),
      fc.integer({ min: -1e12, max: 1e12 }).map((n) => n / 1e6),
      fc.constantFrom(0, -0, 2 ** 51, 2 ** 53, 1e21, 0.1 + 0.2),
    );
    fc.assert(
      fc.property(numbers, fc.constantFrom('元' as const, '万元' as const), (n, unit) => {
        expect(amountFen(n, unit)).toBe(expectedFen(n, unit));
      }),
    );
  });

  it.each([null, true, '', '—', '1,075.40', '12.3.4', '(12.50)', '6万元/年', '#REF!'])(
    'reads %p as parseAmount does',
    (v) => {
      expect(amountFen(v, '元')).toBe(expectedFen(v, '元'));
    },
  );
});
