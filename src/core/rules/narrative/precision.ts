/**
 * Comparing a figure a sentence prints with the table's: the sentence may round the table's amount to
 * its own precision, half up ("3518.85" → "3518.9"), but a truncated figure ("3518.8") is a mismatch.
 */
import type { Amount } from '../../parse/amount';
import { FEN_PER_UNIT, formatAmount } from '../../parse/amount';
import type { Quantity } from '../cross/quantity';

/** Whether the stated amount is the table's rounded to the digits the sentence prints. */
export function agreesAtPrecision(stated: Amount, q: Quantity): boolean {
  const { fen, unit, decimals } = stated;
  if (formatAmount(q.fen, unit, decimals) === formatAmount(fen, unit, decimals)) return true;
  // Finer than the table shows, or a sum of rounded cells: the table's own rounding is all we know.
  const finer = FEN_PER_UNIT[unit] / 10 ** decimals < 2 * q.toleranceFen;
  return (finer || q.cells.length > 1) && Math.abs(fen - q.fen) <= q.toleranceFen;
}

/** "；按句中精度应四舍五入为 3518.9，不应直接截去尾数" when the sentence cut the table's figure instead of rounding it. */
export function roundingHint(stated: Amount, q: Quantity): string {
  const { fen, unit, decimals } = stated;
  const step = FEN_PER_UNIT[unit] / 10 ** decimals;
  if (!Number.isInteger(step) || Math.trunc(q.fen / step) * step !== fen) return '';
  return `；按句中精度应四舍五入为 ${formatAmount(q.fen, unit, decimals)}，不应直接截去尾数`;
}

/** Half a printed digit of a stated figure; whole 万元 figures are read as exact to the 分 the tables show. */
export function printedHalfDigit(amount: Amount): number {
  const decimals = amount.unit === '万元' ? Math.max(amount.decimals, 2) : amount.decimals;
  return FEN_PER_UNIT[amount.unit] / 10 ** decimals / 2;
}
