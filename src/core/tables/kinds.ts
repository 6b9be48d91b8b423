/**
 * Stable ids of the table kinds (DESIGN.md §3), used in JSON output, settings and overrides, and
 * what each kind declares (declarations/*): a new kind is one entry there, not a copy of code.
 */
import { BUDGET_DECLARATIONS } from './declarations/budget';
import { FINAL_DECLARATIONS } from './declarations/final';
import { OTHER_DECLARATIONS } from './declarations/other';
import type { Family, KindDeclaration, Part } from './declarations/types';
import type { Shape } from './shapes';

export type { Family, KindDeclaration, Part } from './declarations/types';

export const KINDS = { ...BUDGET_DECLARATIONS, ...FINAL_DECLARATIONS, ...OTHER_DECLARATIONS } as const;

type Declarations = typeof KINDS;
export type TableKind = keyof Declarations;

export const TABLE_KINDS = Object.keys(KINDS) as TableKind[];

/** The kinds of a shape, as a type: KindsOf<'code-table'> = 'budget.income' | … */
export type KindsOf<S extends Shape> = { [K in TableKind]: Declarations[K]['shape'] extends S ? K : never }[TableKind];
export type ShapeOf<K extends TableKind> = Declarations[K]['shape'];

export function declarationOf(kind: TableKind): KindDeclaration {
  return KINDS[kind];
}

export function shapeOf(kind: TableKind): Shape {
  return KINDS[kind].shape;
}

export function familyOf(kind: TableKind): Family {
  return KINDS[kind].family;
}

export function partOf(kind: TableKind): Part | undefined {
  return (KINDS[kind] as KindDeclaration).part;
}

const kindsWhere = (test: (declaration: KindDeclaration) => boolean) => TABLE_KINDS.filter((kind) => test(KINDS[kind]));

export type BudgetKind = KindsOf<
  'code-table' | 'summary' | 'fiscal-summary' | 'three-public' | 'procurement' | 'assets'
>;

/** The money tables of the 部门预算 and 部门决算 (every kind with a part). */
export const BUDGET_KINDS = kindsWhere((d) => d.part !== undefined) as BudgetKind[];
export const PERFORMANCE_KINDS = kindsWhere((d) => d.family === 'performance');

/** The tables every document of a family must publish, in their published order. */
export function standardKinds(family: Family): TableKind[] {
  return kindsWhere((d) => d.family === family && d.standard === true);
}

/** The nine tables every 部门预算公开 must publish (DESIGN.md §3). */
export const STANDARD_BUDGET_KINDS = standardKinds('budget');
/** The nine tables every 部门决算公开 must publish (DESIGN.md §3). */
export const STANDARD_FINAL_KINDS = standardKinds('final');

/** zh-CN names for the UI and messages. */
export const KIND_LABELS = Object.fromEntries(TABLE_KINDS.map((kind) => [kind, KINDS[kind].label])) as Record<
  TableKind,
  string
>;

export function isTableKind(value: string): value is TableKind {
  return Object.prototype.hasOwnProperty.call(KINDS, value);
}
