/** The typed model of each table kind: rules declare kinds in `appliesTo` and receive these. */
import type { TableBase } from './base';
import type { TableKind } from './kinds';
import type { BudgetTableModels } from './budget/model';
import type { PerformanceTableModels } from './performance/model';
import type { NarrativeTable } from './narrative/model';

export interface TableModels extends BudgetTableModels, PerformanceTableModels {
  narrative: NarrativeTable;
}

export type TableOf<K extends TableKind> = K extends keyof TableModels ? TableModels[K] : TableBase<K>;

export type AnyTable = TableOf<TableKind>;
