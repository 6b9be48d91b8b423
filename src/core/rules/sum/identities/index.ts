/** Every arithmetic identity of a budget table, and those that do not hold (exact 分). */
import { shapeOf } from '../../../tables/kinds';
import type { AnyTable, ShapeModels } from '../../../tables/models';
import { codeTableIdentities } from './code-tables';
import { IdentityCollector } from './collector';
import { procurementIdentities, threePublicIdentities } from './others';
import { summaryIdentities } from './summary';

export type { Evaluation } from './collector';
export type { Identity, IdentityFamily } from './types';

/**
 * Five sum/* rules read the same identities of each table. validateWorkbook runs every rule of a table
 * before the next table, so remembering the last table's result keeps that one computation per table.
 */
let memo: { table: AnyTable; checked: IdentityCollector } | undefined;

/** The table's identities checked: how many, of which families, and the failures in the order found. */
export function identitiesOf(table: AnyTable): IdentityCollector {
  if (memo?.table !== table) memo = { table, checked: checkIdentities(table) };
  return memo.checked;
}

function checkIdentities(table: AnyTable): IdentityCollector {
  const collector = new IdentityCollector(table.unit);
  switch (shapeOf(table.kind)) {
    case 'code-table':
      codeTableIdentities(table as ShapeModels['code-table'], collector);
      break;
    case 'summary':
    case 'fiscal-summary':
      summaryIdentities(table as ShapeModels['summary' | 'fiscal-summary'], collector);
      break;
    case 'three-public':
      threePublicIdentities(table as ShapeModels['three-public'], collector);
      break;
    case 'procurement':
      procurementIdentities(table as ShapeModels['procurement'], collector);
      break;
  }
  return collector;
}
