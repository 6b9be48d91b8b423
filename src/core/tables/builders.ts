/** The builder of each table kind's model: money kinds by their shape, the others by kind. */
import type { TableBuilder } from './base';
import { KINDS, TABLE_KINDS } from './kinds';
import type { TableKind } from './kinds';
import { moneyBuilder } from './budget';
import { performanceBuilders } from './performance';
import { narrativeBuilders } from './narrative';
import { MONEY_SHAPES } from './shapes';
import type { MoneyShape } from './shapes';

const isMoneyShape = (shape: string): shape is MoneyShape => (MONEY_SHAPES as readonly string[]).includes(shape);

export const tableBuilders: Partial<Record<TableKind, TableBuilder>> = {
  ...Object.fromEntries(
    TABLE_KINDS.flatMap((kind) => {
      const { shape } = KINDS[kind];
      return isMoneyShape(shape) ? [[kind, moneyBuilder(kind, shape)]] : [];
    }),
  ),
  ...performanceBuilders,
  ...narrativeBuilders,
};
