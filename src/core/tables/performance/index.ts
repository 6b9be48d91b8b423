/** Builders of the performance table models, by kind. */
import type { TableBuilder } from '../base';
import type { TableKind } from '../kinds';

export const performanceBuilders: Partial<Record<TableKind, TableBuilder>> = {};
