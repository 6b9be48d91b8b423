/** Turns an identity that does not hold into a finding: the target cell, expected and actual, the terms related. */
import { toA1 } from '../../grid/address';
import { formatAmount } from '../../parse/amount';
import type { MoneyUnit } from '../../parse/amount';
import type { AmountCell } from '../../tables/budget/model';
import type { AnyTable } from '../../tables/models';
import type { FindingInput } from '../types';
import { identitiesOf } from './identities';
import type { Evaluation, Identity, IdentityFamily } from './identities';

export function identityFinding(identity: Identity, result: Evaluation, unit: MoneyUnit, note = ''): FindingInput {
  const expected = formatAmount(result.expected, unit);
  const actual = identity.target.fen === null ? '空' : formatAmount(result.actual, unit);
  return {
    sheet: identity.sheet,
    cell: toA1(identity.target.row, identity.target.col),
    message: `${identity.what}：应为 ${expected}，实为 ${actual}（单位：${unit}）${note}`,
    expected,
    actual,
    related: [...identity.terms, ...(identity.less ?? [])].map((c) => ({
      sheet: identity.sheet,
      cell: toA1(c.row, c.col),
    })),
  };
}

/**
 * The check of a strict sum rule: report the identities of `family` that fail beyond rounding, one
 * finding per cell — 支出总计 is both 本年支出合计 + 结转 and 收入总计, and one wrong 总计 is one defect.
 */
export function checkFamily(family: IdentityFamily) {
  return ({ table, report }: { table: AnyTable; report(finding: FindingInput): void }) => {
    const reported = new Set<AmountCell>();
    for (const { identity, result } of identitiesOf(table).failures) {
      if (identity.family !== family || result.status !== 'error' || reported.has(identity.target)) continue;
      reported.add(identity.target);
      report(identityFinding(identity, result, table.unit));
    }
  };
}
