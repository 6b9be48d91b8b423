/** The builder of each table kind's model; kinds without one keep the bare TableBase. */
import type { TableBuilder } from './base';
import type { TableKind } from './kinds';
import { budgetBuilders } from './budget';
import { performanceBuilders } from './performance';
import { narrativeBuilders } from './narrative';

export const tableBuilders: Partial<Record<TableKind, TableBuilder>> = {
  ...budgetBuilders,
  ...performanceBuilders,
  ...narrativeBuilders,
};
