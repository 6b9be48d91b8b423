/** Exact rational arithmetic on BigInt, so formula results carry no floating-point error. */
import { decimalToScaled, fractionDigits, numberToDecimalText } from '../parse/decimal';

export interface Rational {
  num: bigint;
  den: bigint;
}

export const ZERO: Rational = { num: 0n, den: 1n };

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x === 0n ? 1n : x;
}

function normalized(num: bigint, den: bigint): Rational {
  const sign = den < 0n ? -1n : 1n;
  const g = gcd(num, den);
  return { num: (sign * num) / g, den: (sign * den) / g };
}

export function add(a: Rational, b: Rational): Rational {
  return normalized(a.num * b.den + b.num * a.den, a.den * b.den);
}

export function subtract(a: Rational, b: Rational): Rational {
  return normalized(a.num * b.den - b.num * a.den, a.den * b.den);
}

export function multiply(a: Rational, b: Rational): Rational {
  return normalized(a.num * b.num, a.den * b.den);
}

/** Null on division by zero (Excel's #DIV/0!). */
export function divide(a: Rational, b: Rational): Rational | null {
  if (b.num === 0n) return null;
  return normalized(a.num * b.den, a.den * b.num);
}

/** Plain decimal text ("107.54", "-3") → exact rational; null when not a decimal. */
export function fromDecimalText(text: string): Rational | null {
  const digits = fractionDigits(text);
  const scaled = decimalToScaled(text, digits);
  return scaled === null ? null : normalized(BigInt(scaled), 10n ** BigInt(digits));
}

/** A cell's JS number, read through its shortest decimal form (0.1 is exactly 1/10). */
export function fromNumber(n: number): Rational | null {
  return Number.isFinite(n) ? fromDecimalText(numberToDecimalText(n)) : null;
}

/** Digits kept when a result goes back into a cell: far beyond 分 in 万元, well within a double. */
const RESULT_DIGITS = 10n;

/** The nearest JS number, rounded half away from zero at RESULT_DIGITS decimals. */
export function toNumber(r: Rational): number {
  const scale = 10n ** RESULT_DIGITS;
  const abs = r.num < 0n ? -r.num : r.num;
  const scaled = (abs * scale * 2n + r.den) / (2n * r.den);
  const whole = scaled / scale;
  const frac = (scaled % scale).toString().padStart(Number(RESULT_DIGITS), '0');
  const sign = r.num < 0n && scaled !== 0n ? '-' : '';
  return Number(`${sign}${whole}.${frac}`);
}
