/** Exact decimal text → scaled integers, so amounts are never summed as floats. */

const DECIMAL_RE = /^([+-])?(\d*)(?:\.(\d*))?$/;

/**
 * Parse plain decimal text ("1075.40", "-3", ".5") into an integer of 10^-scale units,
 * rounding half away from zero beyond `scale` digits. Returns null when the text is not a decimal.
 */
export function decimalToScaled(text: string, scale: number): number | null {
  const match = DECIMAL_RE.exec(text);
  if (!match) return null;
  const [, sign, intPart = '', fracPart = ''] = match;
  if (intPart === '' && fracPart === '') return null;
  const padded = (fracPart + '0'.repeat(scale + 1)).slice(0, scale + 1);
  const kept = padded.slice(0, scale);
  const roundDigit = Number(padded[scale]);
  let magnitude = Number((intPart || '0') + kept);
  if (roundDigit >= 5) magnitude += 1;
  if (!Number.isSafeInteger(magnitude)) return null;
  return sign === '-' && magnitude !== 0 ? -magnitude : magnitude;
}

/** A JS number as exact decimal text (shortest round-trip form, no exponent). */
export function numberToDecimalText(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const shortest = String(n);
  if (!/e/i.test(shortest)) return shortest;
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
