import fc from 'fast-check';
import { decimalToScaled, fractionDigits, numberToDecimalText, numberToScaled } from '../../../src/core/parse/decimal';

/** What the text path makes of a number: the reference the shortcut must agree with whenever it answers. */
function viaText(n: number, scale: number) {
  const text = numberToDecimalText(n);
  return { scaled: decimalToScaled(text, scale), digits: fractionDigits(text) };
}

/** The double `ulps` steps away from `n` (through its bit pattern). */
function nudge(n: number, ulps: number): number {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, n);
  view.setBigInt64(0, view.getBigInt64(0) + BigInt(n < 0 ? -ulps : ulps));
  return view.getFloat64(0);
}

describe('numberToScaled', () => {
  it.each([
    [107.54, 6, 107_540_000, 2],
    [0.1 + 0.2, 2, null, 0],
    [-3.5, 2, -350, 1],
    [1234.000001, 6, 1_234_000_001, 6],
    [0.000001, 6, 1, 6],
    [42, 2, 4_200, 0],
    [-0, 2, 0, 0],
  ])('%p at scale %d → %p (%d digits)', (n, scale, scaled, digits) => {
    const result = numberToScaled(n, scale);
    if (scaled === null) expect(result).toBeNull();
    else expect(result).toEqual({ scaled, digits });
  });

  it('answers nothing for numbers with more digits than the scale, huge numbers and non-finite ones', () => {
    expect(numberToScaled(0.1234567, 6)).toBeNull();
    expect(numberToScaled(1e-7, 6)).toBeNull();
    expect(numberToScaled(2 ** 60, 2)).toBeNull();
    expect(numberToScaled(Number.NaN, 2)).toBeNull();
    expect(numberToScaled(Number.POSITIVE_INFINITY, 2)).toBeNull();
  });

  it('agrees with the text path on decimals written with up to the scale digits', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -(2 ** 53), max: 2 ** 53 }),
        fc.constantFrom(2, 6),
        fc.integer({ min: 0, max: 8 }),
        (units, scale, shift) => {
          const n = Number(`${units}e-${shift}`);
          const result = numberToScaled(n, scale);
          if (result) expect(result).toEqual(viaText(n, scale));
          else if (shift <= scale && Math.abs(units) * 10 ** (scale - shift) <= 2 ** 50)
            throw new Error(`no answer for ${n}`);
        },
      ),
      { numRuns: 20_000 },
    );
  });

  it('never disagrees with the text path a few doubles away from such a decimal', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -(2 ** 53), max: 2 ** 53 }),
        fc.constantFrom(2, 6),
        fc.integer({ min: 0, max: 8 }),
        fc.integer({ min: -3, max: 3 }),
        (units, scale, shift, ulps) => {
          const n = nudge(Number(`${units}e-${shift}`), ulps);
          const result = numberToScaled(n, scale);
          if (result) expect(result).toEqual(viaText(n, scale));
        },
      ),
      { numRuns: 20_000 },
    );
  });

  it('never disagrees with the text path on arbitrary doubles', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true }), fc.constantFrom(2, 6), (n, scale) => {
        const result = numberToScaled(n, scale);
        if (result) expect(result).toEqual(viaText(n, scale));
      }),
      { numRuns: 20_000 },
    );
  });
});
