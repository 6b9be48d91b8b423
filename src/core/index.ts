/**
 * The public entry of the pure core: what the hosts (task pane, Excel, CLI, playground) import.
 * Everything else under src/core is internal and may move.
 */
export { validateWorkbook } from './validate';
export type { ValidateOptions } from './validate';

export type { CellRef, Finding, Fix, Report, Severity, SkippedSheet, TableSummary } from './report/types';
export { SEVERITY_FILLS, SEVERITY_LABELS } from './report/severity';
export type { CellValue, SheetGrid } from './grid/types';
export type { PaintResult, ReadOptions, WorkbookHost } from './host';

export { isTableKind, KIND_LABELS, KINDS, STANDARD_BUDGET_KINDS, TABLE_KINDS, standardKinds } from './tables/kinds';
export type { Family, TableKind } from './tables/kinds';
export { SHAPE_LABELS, SHAPES } from './tables/shapes';
export type { Shape } from './tables/shapes';

export { allRules, findRule } from './rules';
export type { Rule, RuleMeta } from './rules/types';
export { findProfile, profiles } from './profiles';

export { buildTemplate, findTemplate, listTemplates, UnknownTemplateError } from './templates/catalog';
export type { TemplateGroup, TemplateInfo } from './templates/catalog';
