/**
 * The shape of a rule (STYLE.md): meta + check(ctx). The engine never knows a rule by name;
 * a rule either checks one table of the kinds it applies to, or the whole workbook.
 */
import type { CodeCatalogue } from '../catalogue/types';
import type { SheetGrid } from '../grid/types';
import type { Finding, Severity } from '../report/types';
import type { TableKind } from '../tables/kinds';
import type { AnyTable, TableOf } from '../tables/models';

/** A finding as a rule reports it; the engine fills in ruleId and the (configured) severity. */
export type FindingInput = Omit<Finding, 'ruleId' | 'severity'> & { severity?: Severity };

export interface WorkbookContext {
  tables: readonly AnyTable[];
  grids: readonly SheetGrid[];
  /** All tables of one kind, in sheet order. */
  tablesOf<K extends TableKind>(kind: K): TableOf<K>[];
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

export interface TableRule<K extends TableKind = TableKind> extends RuleMetaBase {
  appliesTo: readonly K[];
  check(ctx: { table: TableOf<K>; workbook: WorkbookContext; report(finding: FindingInput): void }): void;
}

export interface WorkbookRule extends RuleMetaBase {
  appliesTo: 'workbook';
  check(ctx: { workbook: WorkbookContext; report(finding: FindingInput): void }): void;
}

export type Rule = TableRule<TableKind> | WorkbookRule;

export function defineRule<K extends TableKind>(rule: TableRule<K>): Rule;
export function defineRule(rule: WorkbookRule): Rule;
export function defineRule(rule: Rule): Rule {
  return rule;
}

export type RuleMeta = Pick<Rule, 'id' | 'severity' | 'title' | 'docs' | 'appliesTo'>;
