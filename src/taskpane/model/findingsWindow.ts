/**
 * Which findings the list shows, and how many of them are rendered yet. The list grows in batches (one
 * batch per task) so that showing or filtering a report of thousands of findings never blocks the pane
 * for long; everything here is plain data so the batching can be tested without a browser.
 */
import type { Finding, Severity } from '../../core/report/types';

/**
 * Findings mounted in one task. Measured in headless Chromium on the production build (a busy 2-core
 * machine), a finding costs about 0.5 ms to render and mount (Fluent's components, tabster watching the
 * DOM), so 50 keep a task well under the 50 ms of a long task, and more than fill the pane at once.
 */
export const BATCH = 50;

export interface KeyedFinding {
  finding: Finding;
  key: string;
}

/** An explanation that still holds (the cell is unchanged); stale ones stay with the open warnings. */
export const isExplained = (f: Finding) => Boolean(f.explanation && !f.explanation.stale);

/**
 * Keys name a finding by rule, cell and occurrence (not by position in the report), so a selection and
 * the rendered part of the list survive a filter change and a re-check that adds or removes other findings.
 */
export function keyFindings(findings: readonly Finding[]): KeyedFinding[] {
  const seen = new Map<string, number>();
  return findings.map((finding) => {
    const base = `${finding.ruleId}|${finding.sheet}|${finding.cell}`;
    const occurrence = seen.get(base) ?? 0;
    seen.set(base, occurrence + 1);
    return { finding, key: `${base}|${occurrence}` };
  });
}

export interface FindingsFilter {
  shown: Record<Severity, boolean>;
  showExplained: boolean;
}

export function filterFindings(keyed: readonly KeyedFinding[], filter: FindingsFilter): KeyedFinding[] {
  return keyed.filter(
    ({ finding }) => filter.shown[finding.severity] && (filter.showExplained || !isExplained(finding)),
  );
}

/**
 * Which findings of a list are rendered: every one before `frontier`, and those kept from the previous
 * list (`retained`: rendered before with the same content, so their memoized rows cost nothing). Keeping
 * them, rather than cutting the list at the first new finding, means a filter that brings back findings
 * interleaved with rendered ones never unmounts the rendered ones.
 */
export interface RenderedSet {
  frontier: number;
  retained: ReadonlySet<string>;
}

export const isRendered = (set: RenderedSet, key: string, index: number) =>
  index < set.frontier || set.retained.has(key);

export function renderedOf(list: readonly KeyedFinding[], set: RenderedSet): KeyedFinding[] {
  return list.filter(({ key }, index) => isRendered(set, key, index));
}

/**
 * What to render of a new list (a report, a filter) right away: what was rendered before and is unchanged,
 * plus up to `budget` findings rendered anew. A re-check that changed a few findings keeps the list as it
 * was; a new report starts with one batch and grows from there.
 */
export function carryOver(
  rendered: readonly KeyedFinding[],
  next: readonly KeyedFinding[],
  budget: number = BATCH,
): RenderedSet {
  const before = new Map(rendered.map(({ key, finding }) => [key, finding]));
  const retained = new Set<string>();
  for (const { key, finding } of next) {
    const previous = before.get(key);
    if (previous && sameFinding(previous, finding)) retained.add(key);
  }
  return advance(next, { frontier: 0, retained }, budget);
}

/** One more batch: the frontier moves past at most `budget` findings not rendered yet. */
export function advance(list: readonly KeyedFinding[], set: RenderedSet, budget: number = BATCH): RenderedSet {
  let fresh = 0;
  let frontier = set.frontier;
  for (; frontier < list.length; frontier++) {
    if (set.retained.has(list[frontier].key)) continue;
    if (fresh === budget) break;
    fresh++;
  }
  // Past the end, the frontier alone says what is rendered.
  return { frontier, retained: frontier === list.length ? new Set() : set.retained };
}

/** Whether two findings show the same thing (reports come as new objects from the validator worker). */
export function sameFinding(a: Finding, b: Finding): boolean {
  if (a === b) return true;
  return (
    a.ruleId === b.ruleId &&
    a.severity === b.severity &&
    a.sheet === b.sheet &&
    a.cell === b.cell &&
    a.range === b.range &&
    a.message === b.message &&
    a.expected === b.expected &&
    a.actual === b.actual &&
    JSON.stringify([a.related, a.fix, a.explanation]) === JSON.stringify([b.related, b.fix, b.explanation])
  );
}

export type NavigationKey = 'ArrowDown' | 'ArrowUp' | 'Home' | 'End';

/** The index a navigation key moves to from `index` in a list of `length` findings (all of them, rendered or not). */
export function navigationTarget(key: NavigationKey, index: number, length: number): number {
  const to = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: length - 1 }[key];
  return Math.max(0, Math.min(length - 1, to));
}

export const isNavigationKey = (key: string): key is NavigationKey =>
  key === 'ArrowDown' || key === 'ArrowUp' || key === 'Home' || key === 'End';

/** Findings per sheet over the whole (filtered) list, in report order: the group headers count these. */
export function countBySheet(findings: readonly KeyedFinding[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { finding } of findings) counts.set(finding.sheet, (counts.get(finding.sheet) ?? 0) + 1);
  return counts;
}

/** Chunks by sheet, sheets in report order (the engine sorts findings by sheet, then cell). */
export function groupBySheet(chunks: readonly Chunk[]): [string, Chunk[]][] {
  const groups = new Map<string, Chunk[]>();
  for (const chunk of chunks) {
    const sheet = chunk.items[0].finding.sheet;
    const group = groups.get(sheet);
    if (group) group.push(chunk);
    else groups.set(sheet, [chunk]);
  }
  return [...groups.entries()];
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

export interface Chunk {
  id: number;
  items: KeyedFinding[];
}

/**
 * Splits rendered rows into chunks of about `size` rows, never across sheets, keeping every row in the
 * chunk it was in before (`previous`: key → chunk id). A row moved to another chunk is remounted, so
 * plain slicing would remount every row after a finding removed by a re-check; here new rows join the
 * chunk being filled, and rows kept from before stay where they were.
 */
export function stableChunks(
  items: readonly KeyedFinding[],
  previous: ReadonlyMap<string, number>,
  size: number,
): { chunks: Chunk[]; assignment: Map<string, number> } {
  const chunks: Chunk[] = [];
  const assignment = new Map<string, number>();
  const used = new Set<number>();
  let nextId = 0;
  for (const id of previous.values()) nextId = Math.max(nextId, id + 1);
  let current: Chunk | undefined;
  for (const item of items) {
    const was = previous.get(item.key);
    const sameSheet = current !== undefined && current.items[0].finding.sheet === item.finding.sheet;
    if (current && sameSheet && (was === current.id || (was === undefined && current.items.length < size))) {
      current.items.push(item);
    } else {
      // A chunk id is used once per render, even if its rows now come in two runs.
      current = { id: was !== undefined && !used.has(was) ? was : nextId++, items: [item] };
      used.add(current.id);
      chunks.push(current);
    }
    assignment.set(item.key, current.id);
  }
  return { chunks, assignment };
}
