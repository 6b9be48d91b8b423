/**
 * Reports a pair of quantities that should be equal: nothing when they are, `info` when they differ
 * only by the rounding of their published cells, the rule's severity otherwise. Both cells are named.
 */
import { FEN_PER_UNIT } from '../../parse/amount';
import type { FindingInput } from '../types';
import type { Quantity } from './quantity';
import { formatFen, statedAs, whereIs } from './quantity';

export interface Comparison {
  /** zh-CN: the quantity both sides state ("一般公共预算拨款收入"). */
  subject: string;
  /** The side the finding sits on. */
  actual: Quantity;
  /** The side it should equal. */
  expected: Quantity;
}

export function reportComparison(report: (finding: FindingInput) => void, comparison: Comparison): void {
  const { subject, actual, expected } = comparison;
  const difference = Math.abs(actual.fen - expected.fen);
  if (difference === 0) return;
  const rounding = difference <= actual.toleranceFen + expected.toleranceFen;
  const unit = actual.unit;
  const shouldBe = formatFen(expected.fen, unit);
  const is = formatFen(actual.fen, unit);
  const sides =
    `${actual.label}（${whereIs(actual)}）${statedAs(actual)}，` +
    `${expected.label}（${whereIs(expected)}）${statedAs(expected)}`;
  const message = rounding
    ? `${subject}相差 ${formatFen(difference, unit)} ${unit}，在四舍五入误差之内：${sides}。`
    : `${subject}不一致：${sides}；应为 ${shouldBe}，实为 ${is}。${sameDigits(actual, expected) ? UNIT_HINT : ''}`;
  const [first, ...others] = actual.cells;
  report({
    sheet: first.sheet,
    cell: first.cell,
    message,
    expected: shouldBe,
    actual: is,
    related: [...expected.cells, ...others],
    ...(rounding ? { severity: 'info' as const } : {}),
  });
}

const UNIT_HINT = '两处数字相同而金额单位不同，可能是金额单位标错了。';

/** The same digits under different units (107.54 元 vs 107.54 万元): a unit label typed wrong. */
function sameDigits(a: Quantity, b: Quantity): boolean {
  if (a.unit === b.unit || a.fen === 0) return false;
  // BigInt: 分 × 10⁶ leaves the safe-integer range for budgets above about 90 亿元.
  return BigInt(a.fen) * BigInt(FEN_PER_UNIT[b.unit]) === BigInt(b.fen) * BigInt(FEN_PER_UNIT[a.unit]);
}
