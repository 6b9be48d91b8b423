/** Workbook grids → recognized tables → rules → Report. The one entry point every host calls. */
import type { CodeCatalogue } from './catalogue/types';
import { applyExplanations, isInternalSheet, readExplanations } from './explanations';
import { evaluateMissingValues } from './formula/missing';
import { hasContent } from './grid/access';
import { parseA1, rangeToA1 } from './grid/address';
import type { SheetGrid } from './grid/types';
import { findRegions } from './recognize/region';
import { summarize } from './report/types';
import type { Finding, Report, Severity, SkippedSheet, TableSummary } from './report/types';
import { allRules } from './rules';
import type { FindingInput, Rule, WorkbookContext } from './rules/types';
import { tableBuilders } from './tables/builders';
import { baseOf } from './tables/base';
import { familyOf, partOf, shapeOf } from './tables/kinds';
import type { Part, TableKind } from './tables/kinds';
import type { AnyTable, PartModels, TableOf, TableSet } from './tables/models';
import type { Shape } from './tables/shapes';

export interface ValidateOptions {
  /** Regional profile id; undefined = auto-detect per sheet. */
  profile?: string;
  /** 科目目录 loaded by the user (parseCatalogueText / catalogueFromGrid); enables code/unknown. */
  catalogue?: CodeCatalogue;
  /** Per-rule severity, or 'off' to disable a rule. */
  severity?: Record<string, Severity | 'off'>;
  /** A user's correction of recognition: sheet name → kind, or 'skip' to ignore the sheet. */
  kindOverrides?: Record<string, TableKind | 'skip'>;
  /** Rules to run instead of the full catalogue (tests). */
  rules?: readonly Rule[];
}

export function validateWorkbook(workbookGrids: readonly SheetGrid[], options: ValidateOptions = {}): Report {
  // budget-lint's own sheets (出错说明) are never checked, only read for what they record.
  const sourceGrids = workbookGrids.filter((g) => !isInternalSheet(g.name));
  // Formulas saved without a value (files from tools that do not calculate) are computed first.
  const grids = sourceGrids.map(evaluateMissingValues);
  const warnings: string[] = [];
  const skipped: SkippedSheet[] = [];
  const tables: AnyTable[] = [];
  /** Sheets with content in which recognition found no table: structure/unrecognized reports them. */
  const unrecognized: string[] = [];

  for (const grid of grids) {
    warnings.push(...(grid.readWarnings ?? []).map((w) => `${grid.name}：${w}`));
    const override = options.kindOverrides?.[grid.name];
    if (override === 'skip') {
      skipped.push({ sheet: grid.name, reason: '已按设置跳过' });
      continue;
    }
    const regions = recognize(grid, override, warnings);
    if (regions.length === 0) {
      if (!hasContent(grid)) {
        skipped.push({ sheet: grid.name, reason: '空工作表' });
        continue;
      }
      unrecognized.push(grid.name);
      const visible = grid.visibility === undefined || grid.visibility === 'visible';
      skipped.push({ sheet: grid.name, reason: '未找到可识别的表标题', ...(visible ? { unchecked: true } : {}) });
      continue;
    }
    for (const region of regions) {
      const ctx = { grid, region, warn: (message: string) => warnings.push(`${grid.name}：${message}`) };
      const builder = tableBuilders[region.kind];
      try {
        tables.push((builder ? builder(ctx) : baseOf(region.kind, ctx)) as AnyTable);
      } catch (error) {
        warnings.push(`${grid.name}：表格结构无法完整读取，已跳过该表（${describe(error)}）`);
      }
    }
  }

  dropHiddenDuplicates(grids, tables, skipped);
  const workbook = {
    ...workbookContext(grids, tables, options.profile),
    catalogue: options.catalogue,
    unrecognizedSheets: unrecognized,
  };
  const findings: Finding[] = [];
  const checks: { rule: Rule; report: (input: FindingInput) => void }[] = [];
  for (const rule of options.rules ?? allRules) {
    const configured = options.severity?.[rule.id];
    if (configured === 'off') continue;
    const report = (input: FindingInput) =>
      findings.push({ ...input, ruleId: rule.id, severity: configured ?? input.severity ?? rule.severity });
    checks.push({ rule, report });
  }
  // A rule that throws is skipped from then on and named once, in catalogue order.
  const failures = new Map<Rule, unknown>();
  const run = (rule: Rule, check: () => void) => {
    if (failures.has(rule)) return;
    try {
      check();
    } catch (error) {
      failures.set(rule, error);
    }
  };
  // Table by table, every rule of a table before the next one: what the rules derive from a table (the
  // sum identities) is garbage once its table is done instead of living through the whole run. The
  // findings come out the same, as they are sorted below and each rule still sees the tables in order.
  const checksOfShape = new Map<Shape, typeof checks>();
  const checksFor = (shape: Shape) => {
    let found = checksOfShape.get(shape);
    if (!found) {
      found = checks.filter(({ rule }) => rule.appliesTo !== 'workbook' && rule.appliesTo.includes(shape));
      checksOfShape.set(shape, found);
    }
    return found;
  };
  for (const table of tables)
    for (const { rule, report } of checksFor(shapeOf(table.kind)))
      run(rule, () => rule.check({ table: table as never, workbook, report }));
  for (const { rule, report } of checks)
    if (rule.appliesTo === 'workbook') run(rule, () => rule.check({ workbook, report }));
  for (const { rule } of checks)
    if (failures.has(rule)) warnings.push(`规则 ${rule.id} 运行出错，已跳过（${describe(failures.get(rule))}）`);

  const report = {
    tables: tables.map(summarizeTable),
    skipped,
    warnings,
    findings: sortFindings(findings, grids),
    summary: { ...summarize(findings), sheets: grids.length },
  };
  return applyExplanations(report, readExplanations(workbookGrids), grids);
}

/**
 * A budget table on a hidden sheet that a visible sheet also has is a stale copy (last year's table,
 * a working draft): checking it would report its own errors and make the cross-table rules compare
 * the published tables with it. Such tables are removed from `tables` and their sheets listed as skipped.
 */
function dropHiddenDuplicates(grids: readonly SheetGrid[], tables: AnyTable[], skipped: SkippedSheet[]): void {
  const hidden = new Set(
    grids.filter((g) => g.visibility === 'hidden' || g.visibility === 'veryHidden').map((g) => g.name),
  );
  if (hidden.size === 0) return;
  const visibleKinds = new Set(tables.filter((t) => !hidden.has(t.sheet)).map((t) => t.kind));
  const isStale = (t: AnyTable) => hidden.has(t.sheet) && partOf(t.kind) !== undefined && visibleKinds.has(t.kind);
  const staleSheets = new Set(tables.filter(isStale).map((t) => t.sheet));
  const kept = tables.filter((t) => !isStale(t));
  tables.splice(0, tables.length, ...kept);
  for (const sheet of staleSheets)
    skipped.push({ sheet, reason: '隐藏工作表中的表与可见工作表中的同类表重复，未检查' });
}

/** A sheet whose layout defeats recognition is reported and skipped; the other sheets are still checked. */
function recognize(grid: SheetGrid, override: TableKind | undefined, warnings: string[]) {
  try {
    return findRegions(grid, override);
  } catch (error) {
    warnings.push(`${grid.name}：无法识别该工作表的表格结构，已跳过（${describe(error)}）`);
    return [];
  }
}

function workbookContext(grids: readonly SheetGrid[], tables: AnyTable[], profileId?: string): WorkbookContext {
  const byName = new Map(grids.map((g) => [g.name, g]));
  return {
    tables,
    grids,
    profileId,
    tablesOf: <K extends TableKind>(kind: K) => tables.filter((t) => t.kind === kind) as TableOf<K>[],
    tableSets: tableSets(tables),
    gridOf: (sheet) => byName.get(sheet),
  };
}

/** The 预算 tables and the 决算 tables of a workbook, each looked up by part (first in sheet order). */
function tableSets(tables: readonly AnyTable[]): TableSet[] {
  const sets: TableSet[] = [];
  for (const family of ['budget', 'final'] as const) {
    const byPart = new Map<Part, AnyTable>();
    for (const table of tables) {
      const part = partOf(table.kind);
      if (part && familyOf(table.kind) === family && !byPart.has(part)) byPart.set(part, table);
    }
    if (byPart.size > 0)
      sets.push({ family, get: <P extends Part>(part: P) => byPart.get(part) as PartModels[P] | undefined });
  }
  return sets;
}

function summarizeTable(table: AnyTable): TableSummary {
  return {
    sheet: table.sheet,
    kind: table.kind,
    range: rangeToA1(table.region.range),
    unit: table.region.unit?.value,
    title: table.region.title.value,
    year: table.region.year?.value,
    unitName: table.region.unitName?.value,
  };
}

/** What `a.localeCompare(b)` does, with the collator made once rather than per comparison. */
const RULE_ORDER = new Intl.Collator();

/**
 * Findings in sheet order, then by row, column and rule id. Each finding's position is read once and
 * rule ids are ranked once, rather than parsing two addresses per comparison: a workbook can have
 * tens of thousands of findings.
 */
function sortFindings(findings: readonly Finding[], grids: readonly SheetGrid[]): Finding[] {
  const sheetOrder = new Map(grids.map((g, i) => [g.name, i]));
  const ruleRank = new Map<string, number>();
  let previous: string | undefined;
  for (const id of [...new Set(findings.map((f) => f.ruleId))].sort(RULE_ORDER.compare)) {
    ruleRank.set(
      id,
      previous === undefined || RULE_ORDER.compare(previous, id) !== 0 ? ruleRank.size : ruleRank.get(previous)!,
    );
    previous = id;
  }
  const keyed = findings.map((finding) => {
    const { row, col } = safeParse(finding.cell);
    return { finding, sheet: sheetOrder.get(finding.sheet) ?? 1e9, row, col, rule: ruleRank.get(finding.ruleId)! };
  });
  keyed.sort((a, b) => a.sheet - b.sheet || a.row - b.row || a.col - b.col || a.rule - b.rule);
  return keyed.map((k) => k.finding);
}

function safeParse(cell: string): { row: number; col: number } {
  try {
    return parseA1(cell);
  } catch {
    return { row: 0, col: 0 };
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
