/** Every arithmetic identity of a budget table, and how far each one is off (exact 分). */
import { roundingToleranceFen } from '../../../parse/amount';
import type { MoneyUnit } from '../../../parse/amount';
import { shapeOf } from '../../../tables/kinds';
import type { AnyTable, ShapeModels } from '../../../tables/models';
import { codeTableIdentities } from './code-tables';
import { procurementIdentities, threePublicIdentities } from './others';
import { summaryIdentities } from './summary';
import type { Identity } from './types';

export type { Identity, IdentityFamily } from './types';

/**
 * Five sum/* rules read the same identities of each table. validateWorkbook runs every rule of a table
 * before the next table, so remembering the last table's identities keeps that one computation per
 * table, while those of finished tables (hundreds of thousands in a large workbook) become garbage.
 */
let memo: { table: AnyTable; identities: Identity[] } | undefined;

export function identitiesOf(table: AnyTable): Identity[] {
  if (memo?.table !== table) memo = { table, identities: computeIdentities(table) };
  return memo.identities;
}

function computeIdentities(table: AnyTable): Identity[] {
  switch (shapeOf(table.kind)) {
    case 'code-table':
      return codeTableIdentities(table as ShapeModels['code-table']);
    case 'summary':
    case 'fiscal-summary':
      return summaryIdentities(table as ShapeModels['summary' | 'fiscal-summary']);
    case 'three-public':
      return threePublicIdentities(table as ShapeModels['three-public']);
    case 'procurement':
      return procurementIdentities(table as ShapeModels['procurement']);
    default:
      return [];
  }
}

export interface Evaluation {
  /** Σ terms − Σ less, in 分 (empty cells count as 0). */
  expected: number;
  /** The target's value, in 分 (0 when empty). */
  actual: number;
  /** 'ok' exact; 'rounding' within 0.01 unit per term; 'error' beyond. */
  status: 'ok' | 'rounding' | 'error';
}

/** Null when a cell of the identity is unreadable (#REF!, text): no arithmetic on it. */
export function evaluate(identity: Identity, unit: MoneyUnit): Evaluation | null {
  // One pass, no temporary arrays: every identity of a large workbook is evaluated by several rules.
  if (identity.target.invalid) return null;
  let expected = 0;
  let filled = 0;
  for (const term of identity.terms) {
    if (term.invalid) return null;
    expected += term.fen ?? 0;
    if (term.fen !== null) filled++;
  }
  if (identity.less)
    for (const term of identity.less) {
      if (term.invalid) return null;
      expected -= term.fen ?? 0;
      if (term.fen !== null) filled++;
    }
  const actual = identity.target.fen ?? 0;
  const diff = Math.abs(expected - actual);
  const tolerance = roundingToleranceFen(unit) * Math.max(1, filled);
  return { expected, actual, status: diff === 0 ? 'ok' : diff <= tolerance ? 'rounding' : 'error' };
}
