/**
 * Evaluates identities as they are found and keeps only those that do not hold exactly: a large
 * workbook has hundreds of thousands and nearly all hold, so most are never built as objects.
 */
import { roundingToleranceFen } from '../../../parse/amount';
import type { MoneyUnit } from '../../../parse/amount';
import type { AmountCell } from '../../../tables/budget/model';
import type { Identity, IdentityFamily } from './types';

export interface Evaluation {
  /** Σ terms − Σ less, in 分 (empty cells count as 0). */
  expected: number;
  /** The target's value, in 分 (0 when empty). */
  actual: number;
  /** 'rounding' within 0.01 unit per term; 'error' beyond. */
  status: 'rounding' | 'error';
}

export interface Failure {
  identity: Identity;
  result: Evaluation;
}

/** Σ terms − Σ less of one identity, accumulated cell by cell without a list of the cells. */
export class TermSum {
  expected = 0;
  /** Terms (not subtracted cells) the row or parent has. */
  terms = 0;
  filled = 0;
  invalid = false;

  reset(): this {
    this.expected = 0;
    this.terms = 0;
    this.filled = 0;
    this.invalid = false;
    return this;
  }

  add(cell: AmountCell | undefined): void {
    if (cell === undefined) return;
    this.terms++;
    this.include(cell, 1);
  }

  subtract(cell: AmountCell | undefined): void {
    if (cell !== undefined) this.include(cell, -1);
  }

  private include(cell: AmountCell, sign: 1 | -1): void {
    if (cell.invalid) this.invalid = true;
    else if (cell.fen !== null) {
      this.expected += sign * cell.fen;
      this.filled++;
    }
  }
}

export class IdentityCollector {
  /** Identities evaluated, holding or not, by family. */
  readonly checked: Record<IdentityFamily, number> = { hierarchy: 0, 'total-row': 0, columns: 0, balance: 0 };
  readonly failures: Failure[] = [];
  private readonly sum = new TermSum();

  constructor(private readonly unit: MoneyUnit) {}

  /** A cleared sum for the next identity's terms. */
  start(): TermSum {
    return this.sum.reset();
  }

  /**
   * Settles `target` = the started sum. Returns the evaluation when it does not hold exactly — the
   * caller then builds the identity and passes it to `fail` — and null when it holds or a cell is
   * unreadable (#REF!, text: no arithmetic on it).
   */
  settle(family: IdentityFamily, target: AmountCell): Evaluation | null {
    this.checked[family]++;
    const { sum } = this;
    if (target.invalid || sum.invalid) return null;
    const actual = target.fen ?? 0;
    const diff = Math.abs(sum.expected - actual);
    if (diff === 0) return null;
    const tolerance = roundingToleranceFen(this.unit) * Math.max(1, sum.filled);
    return { expected: sum.expected, actual, status: diff <= tolerance ? 'rounding' : 'error' };
  }

  fail(identity: Identity, result: Evaluation): void {
    this.failures.push({ identity, result });
  }

  /** An identity already built (the few of a 收支总表 or 三公 table). */
  add(identity: Identity): void {
    const sum = this.start();
    for (const term of identity.terms) sum.add(term);
    for (const cell of identity.less ?? []) sum.subtract(cell);
    const result = this.settle(identity.family, identity.target);
    if (result) this.fail(identity, result);
  }
}
