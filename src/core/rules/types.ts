/**
 * The shape of a rule (STYLE.md): meta + check(ctx). The engine never knows a rule by name;
 * a rule either checks one table of the shapes it applies to, or the whole workbook.
 */
import type { CodeCatalogue } from '../catalogue/types';
import type { SheetGrid } from '../grid/types';
import type { Finding, Severity } from '../report/types';
import type { TableKind } from '../tables/kinds';
import type { AnyTable, TableOf, TableOfShape, TableSet } from '../tables/models';
import type { Shape } from '../tables/shapes';

/** A finding as a rule reports it; the engine fills in ruleId and the (configured) severity. */
export type FindingInput = Omit<Finding, 'ruleId' | 'severity'> & { severity?: Severity };

export interface WorkbookContext {
  tables: readonly AnyTable[];
  grids: readonly SheetGrid[];
  /** All tables of one kind, in sheet order. */
  tablesOf<K extends TableKind>(kind: K): TableOf<K>[];
  /** The 预算 and the 决算 tables, each by part; only documents the workbook has tables of. */
  tableSets: readonly TableSet[];
  gridOf(sheet: string): SheetGrid | undefined;
  /** Profile chosen by the user (e.g. "mof-2021", "ningxia"); undefined = auto-detect. */
  profileId?: string;
  /** Sheets with content in which no table title was recognized (user-skipped sheets excluded). */
  unrecognizedSheets?: readonly string[];
  /** 科目目录 the user loaded (code/unknown); undefined = none, and catalogue rules stay silent. */
  catalogue?: CodeCatalogue;
}

interface RuleMetaBase {
  /** Stable public id, e.g. "sum/hierarchy" — used in JSON output, settings and docs. */
  id: string;
  severity: Severity;
  /** zh-CN one-line title. */
  title: string;
  /** zh-CN paragraph: what the rule checks and why, with an example. */
  docs: string;
}

export interface TableRule<S extends Shape = Shape> extends RuleMetaBase {
  /** The shapes of the tables it checks (a 科目 rule checks 预算 and 决算 code tables alike). */
  appliesTo: readonly S[];
  check(ctx: { table: TableOfShape<S>; workbook: WorkbookContext; report(finding: FindingInput): void }): void;
}

export interface WorkbookRule extends RuleMetaBase {
  appliesTo: 'workbook';
  check(ctx: { workbook: WorkbookContext; report(finding: FindingInput): void }): void;
}

export type Rule = TableRule | WorkbookRule;

export function defineRule<S extends Shape>(rule: TableRule<S>): Rule;
export function defineRule(rule: WorkbookRule): Rule;
export function defineRule(rule: Rule): Rule {
  return rule;
}

export type RuleMeta = Pick<Rule, 'id' | 'severity' | 'title' | 'docs' | 'appliesTo'>;
