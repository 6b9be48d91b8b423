/**
 * Reports a pair of quantities that should be equal: nothing when they are, `info` when they differ
 * only by the rounding of their published cells, the rule's severity otherwise. Both cells are named.
 */
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
    : `${subject}不一致：${sides}；应为 ${shouldBe}，实为 ${is}。`;
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
