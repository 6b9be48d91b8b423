/** Builders of the budget table models, by kind. */
import type { TableBuilder } from '../base';
import type { TableKind } from '../kinds';

export const budgetBuilders: Partial<Record<TableKind, TableBuilder>> = {};
