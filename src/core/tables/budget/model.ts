/** Typed models of the 部门预算公开 tables (filled in by the budget recognizers). */
import type { TableBase } from '../base';
import type { BudgetKind } from '../kinds';

export type BudgetTableModels = { [K in BudgetKind]: TableBase<K> };
