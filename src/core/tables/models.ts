/** The typed model of each shape: rules declare shapes in `appliesTo` and receive these. */
import type { KindsOf, TableKind, ShapeOf } from './kinds';
import type { AssetsTable, CodeTable, ProcurementTable, SummaryTable, ThreePublicTable } from './budget/model';
import type { DepartmentPerformanceTable, ProjectPerformanceTable } from './performance/model';
import type { NarrativeTable } from './narrative/model';
import type { Shape } from './shapes';
import type { Part } from './declarations/types';

export interface ShapeModels {
  'code-table': CodeTable;
  summary: SummaryTable<KindsOf<'summary'>>;
  'fiscal-summary': SummaryTable<KindsOf<'fiscal-summary'>>;
  'three-public': ThreePublicTable;
  procurement: ProcurementTable;
  assets: AssetsTable;
  'project-performance': ProjectPerformanceTable;
  'department-performance': DepartmentPerformanceTable;
  narrative: NarrativeTable;
}

export type TableOfShape<S extends Shape> = ShapeModels[S];

export type TableOf<K extends TableKind> = ShapeModels[ShapeOf<K>];

export type AnyTable = ShapeModels[Shape];

/** The model of each part of a 预算 or 决算 document. */
export interface PartModels {
  summary: ShapeModels['summary'];
  'fiscal-summary': ShapeModels['fiscal-summary'];
  income: CodeTable;
  expenditure: CodeTable;
  'general-expenditure': CodeTable;
  'general-basic': CodeTable;
  fund: CodeTable;
  capital: CodeTable;
  'three-public': ThreePublicTable;
  procurement: ProcurementTable;
  assets: AssetsTable;
}

/** The money tables of one document (a 预算 or a 决算), by part: what the cross-table identities compare. */
export interface TableSet {
  family: 'budget' | 'final';
  /** The first table of a part, in sheet order. */
  get<P extends Part>(part: P): PartModels[P] | undefined;
}
