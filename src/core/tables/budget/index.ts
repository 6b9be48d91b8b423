/** Builders of the money-table models, by shape: every 预算 or 决算 kind of a shape uses its builder. */
import type { TableBuilder } from '../base';
import type { KindsOf, TableKind } from '../kinds';
import type { MoneyShape } from '../shapes';
import { buildAssets } from './assets';
import { buildCodeTable } from './code-table';
import { buildProcurement } from './procurement';
import { buildSummaryTable } from './summary-table';
import { buildThreePublic } from './three-public';

type ShapeBuilder<S extends MoneyShape> = (kind: KindsOf<S>) => TableBuilder;

export const moneyShapeBuilders: { [S in MoneyShape]: ShapeBuilder<S> } = {
  'code-table': (kind) => (ctx) => buildCodeTable(kind, ctx),
  summary: (kind) => (ctx) => buildSummaryTable(kind, ctx),
  'fiscal-summary': (kind) => (ctx) => buildSummaryTable(kind, ctx),
  'three-public': (kind) => (ctx) => buildThreePublic(kind, ctx),
  procurement: (kind) => (ctx) => buildProcurement(kind, ctx),
  assets: (kind) => (ctx) => buildAssets(kind, ctx),
};

export function moneyBuilder(kind: TableKind, shape: MoneyShape): TableBuilder {
  return (moneyShapeBuilders[shape] as ShapeBuilder<MoneyShape>)(kind as never);
}
