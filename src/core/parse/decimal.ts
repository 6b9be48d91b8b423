/** Exact decimal text → scaled integers, so amounts are never summed as floats. */

/**
 * Parse plain decimal text ("1075.40", "-3", ".5") into an integer of 10^-scale units,
 * rounding half away from zero beyond `scale` digits. Returns null when the text is not a decimal.
 */
export function decimalToScaled(text: string, scale: number): number | null {
  // Called for every amount cell: split by hand instead of with a regex and its match array.
  const sign = text[0] === '-' || text[0] === '+' ? text[0] : undefined;
  const dot = text.indexOf('.');
  const intPart = text.slice(sign ? 1 : 0, dot < 0 ? text.length : dot);
  const fracPart = dot < 0 ? '' : text.slice(dot + 1);
  if (!isDigits(intPart) || !isDigits(fracPart)) return null;
  if (intPart === '' && fracPart === '') return null;
  let magnitude: number;
  if (fracPart.length <= scale) {
    // The common case (a published amount has 2 decimals): nothing to round.
    magnitude = Number((intPart || '0') + fracPart + '0'.repeat(scale - fracPart.length));
  } else {
    magnitude = Number((intPart || '0') + fracPart.slice(0, scale));
    if (Number(fracPart[scale]) >= 5) magnitude += 1;
  }
  if (!Number.isSafeInteger(magnitude)) return null;
  return sign === '-' && magnitude !== 0 ? -magnitude : magnitude;
}

/** Only ASCII digits (or nothing), as `\d*` matches. */
function isDigits(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 48 || code > 57) return false;
  }
  return true;
}

/** Beyond this many units, doubles are spaced so widely that the shortcut below could not tell two decimals apart. */
const SCALED_SHORTCUT_LIMIT = 2 ** 51;
/** 10^0 … 10^15, each exact as a double. */
const POWERS_OF_TEN = Array.from({ length: 16 }, (_, i) => Number(`1e${i}`));

/**
 * A finite number as an integer of 10^-scale units without going through its text, when the number
 * is the double nearest some decimal k·10^-scale: then that decimal is the only one of its kind rounding
 * to the number, so it is exactly what `String(n)` writes and decimalToScaled(numberToDecimalText(n))
 * returns k. `digits` is how many fraction digits that text has. Null when the shortcut does not apply
 * (more digits than `scale`, huge numbers): callers take the text path.
 */
export function numberToScaled(n: number, scale: number): { scaled: number; digits: number } | null {
  const scaled = scaledExactly(n, scale);
  if (scaled === null) return null;
  // Trailing zeros by division, which stays exact below the limit (a remainder by % is much slower on doubles).
  let digits = scale;
  for (let rest = Math.abs(scaled) / 10; digits > 0 && rest === Math.floor(rest); rest /= 10) digits--;
  return { scaled, digits };
}

/** n × 10^scale when that is an exact integer below the shortcut's limit (-0 as 0), else null. */
export function scaledExactly(n: number, scale: number): number | null {
  const power = POWERS_OF_TEN[scale];
  if (power === undefined) return null;
  const scaled = Math.round(n * power);
  if (Math.abs(scaled) > SCALED_SHORTCUT_LIMIT || scaled / power !== n) return null;
  return scaled || 0;
}

/** A JS number as exact decimal text (shortest round-trip form, no exponent). */
export function numberToDecimalText(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const shortest = String(n);
  if (!shortest.includes('e')) return shortest; // String(number) writes exponents with a lower-case e
  // toFixed handles up to 100 fraction digits; trim the trailing zeros it adds.
  const fixed =
    Math.abs(n) < 1 ? n.toFixed(20) : n.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 });
  return fixed.includes('.') ? fixed.replace(/0+$/, '').replace(/\.$/, '') : fixed;
}

/** Count of digits after the decimal point in plain decimal text. */
export function fractionDigits(text: string): number {
  const dot = text.indexOf('.');
  return dot < 0 ? 0 : text.length - dot - 1;
}
