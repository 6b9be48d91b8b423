/** What every typed table model shares: its kind, sheet, recognized region and money unit. */
import type { SheetGrid } from '../grid/types';
import type { MoneyUnit } from '../parse/amount';
import type { TableRegion } from '../recognize/region';
import type { TableKind } from './kinds';

export interface TableBase<K extends TableKind = TableKind> {
  kind: K;
  sheet: string;
  region: TableRegion;
  /** The region's declared unit, else 万元 (the usual unit of published budget tables). */
  unit: MoneyUnit;
}

export interface BuildContext {
  grid: SheetGrid;
  region: TableRegion;
  /** zh-CN notes about cells the builder could not read; surfaced in Report.warnings. */
  warn(message: string): void;
}

/** Builds the typed model of a recognized region; one per table kind. */
export type TableBuilder<T extends TableBase = TableBase> = (ctx: BuildContext) => T;

export function baseOf<K extends TableKind>(kind: K, ctx: BuildContext): TableBase<K> {
  return { kind, sheet: ctx.grid.name, region: ctx.region, unit: ctx.region.unit?.value ?? '万元' };
}
