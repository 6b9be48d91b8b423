/** The findings list renders progressively: what is rendered at once and per task, over filters, re-checks and keyboard moves. */
import type { Finding } from '../../src/core/report/types';
import {
  advance,
  BATCH,
  carryOver,
  countBySeverity,
  countBySheet,
  filterFindings,
  keyFindings,
  navigationTarget,
  renderedOf,
  stableChunks,
  type FindingsFilter,
  type KeyedFinding,
} from '../../src/taskpane/model/findingsWindow';

const ALL: FindingsFilter = { shown: { error: true, warning: true, info: true }, showExplained: true };

/** `n` findings over a few sheets, every fourth one an info, every tenth warning explained. */
function report(n: number): Finding[] {
  return Array.from({ length: n }, (_, i) => ({
    ruleId: i % 4 === 3 ? 'sum/rounding' : i % 10 === 5 ? 'narrative/change-reason' : 'sum/hierarchy',
    severity: i % 4 === 3 ? 'info' : i % 10 === 5 ? 'warning' : 'error',
    sheet: `表${Math.floor(i / 2000) + 1}`,
    cell: `D${i + 7}`,
    message: `第 ${i} 条`,
    ...(i % 20 === 5 ? { explanation: { text: '按上级要求列示', stale: false } } : {}),
  }));
}

/**
 * What the list does: a new list starts with carryOver, then advances one batch per task until complete.
 * Returns the keys rendered after each step.
 */
function fill(rendered: readonly KeyedFinding[], next: readonly KeyedFinding[]): Set<string>[] {
  let set = carryOver(rendered, next);
  const steps = [new Set(renderedOf(next, set).map((k) => k.key))];
  while (set.frontier < next.length) {
    set = advance(next, set);
    steps.push(new Set(renderedOf(next, set).map((k) => k.key)));
  }
  return steps;
}

/** Findings mounted and unmounted per step: what bounds a task's length. */
function changesPerStep(rendered: readonly KeyedFinding[], steps: Set<string>[]) {
  let before = new Set(rendered.map((r) => r.key));
  return steps.map((keys) => {
    const mounted = [...keys].filter((k) => !before.has(k)).length;
    const unmounted = [...before].filter((k) => !keys.has(k)).length;
    before = keys;
    return { mounted, unmounted };
  });
}

const mostMounted = (changes: { mounted: number }[]) => Math.max(...changes.map((c) => c.mounted));

describe('progressive findings list', () => {
  const findings = report(5_000);
  const keyed = keyFindings(findings);

  it('renders one batch at once and every finding eventually, never more than a batch per task', () => {
    const steps = fill([], keyed);
    expect(steps[0].size).toBe(BATCH);
    expect(steps.at(-1)!.size).toBe(5_000);
    expect(mostMounted(changesPerStep([], steps))).toBeLessThanOrEqual(BATCH);
  });

  it('keeps a short report whole in the first render', () => {
    const small = keyFindings(report(40));
    expect(carryOver([], small).frontier).toBe(40);
  });

  it('a filter changes the counts and which rendered findings are shown, never what is rendered', () => {
    const infosOnly = filterFindings(keyed, { ...ALL, shown: { error: false, warning: false, info: true } });
    expect(infosOnly.every(({ finding }) => finding.severity === 'info')).toBe(true);
    expect(infosOnly).toHaveLength(countBySeverity(findings).info);
    // The list renders the report in order whatever the filter; the filter hides rows. While the list
    // fills, the infos among the rendered rows are shown, and all of them once it is filled.
    let set = carryOver([], keyed);
    const shown = () => infosOnly.filter(({ key }) => renderedOf(keyed, set).some((r) => r.key === key)).length;
    expect(shown()).toBe(Math.floor(BATCH / 4));
    while (set.frontier < keyed.length) set = advance(keyed, set);
    expect(shown()).toBe(infosOnly.length);
  });

  it('never unmounts an unchanged row when a re-check changes findings between rendered ones', () => {
    const halfway = renderedOf(keyed, carryOver([], keyed, 2_000));
    // Every fourth finding says something new (a fix applied to several cells, say).
    const next = keyFindings(findings.map((f, i) => (i % 4 === 0 ? { ...f, message: `${f.message}（已改）` } : f)));
    const steps = fill(halfway, next);
    expect(mostMounted(changesPerStep(halfway, steps))).toBeLessThanOrEqual(BATCH);
    const unchanged = halfway.filter((_, i) => i % 4 !== 0).map((k) => k.key);
    expect(steps.every((keys) => unchanged.every((key) => keys.has(key)))).toBe(true);
  });

  it('counts per sheet over the whole filtered list, not the rendered part', () => {
    const unexplained = filterFindings(keyed, { ...ALL, showExplained: false });
    expect(unexplained).toHaveLength(5_000 - 250);
    expect([...countBySheet(unexplained).values()].reduce((a, b) => a + b)).toBe(5_000 - 250);
    expect(countBySheet(keyed).get('表3')).toBe(1_000);
  });

  it('keeps the rendered list across a re-check that changed a few findings', () => {
    const recheck = findings.map((f) => ({ ...f, related: undefined })); // new objects, same content
    recheck.splice(10, 1); // one finding fixed
    recheck[20] = { ...recheck[20], message: '改过的' };
    const next = keyFindings(recheck);
    expect(next[20].key).toBe(keyed[21].key); // keys survive removing another finding
    const kept = carryOver(keyed, next);
    expect(renderedOf(next, kept)).toHaveLength(next.length);
    expect(kept.retained.has(next[20].key)).toBe(false); // the changed one is rendered anew
    // A different workbook's report starts over.
    const other = keyFindings(findings.map((f) => ({ ...f, message: `${f.message}！` })));
    expect(renderedOf(other, carryOver(keyed, other))).toHaveLength(BATCH);
  });

  it('End reaches the last finding of a large list, rendering a batch per task on the way', () => {
    let set = carryOver([], keyed);
    const target = navigationTarget('End', 0, keyed.length);
    expect(target).toBe(4_999);
    let tasks = 0;
    while (target >= set.frontier) {
      set = advance(keyed, set);
      tasks++;
    }
    expect(renderedOf(keyed, set)).toHaveLength(5_000);
    expect(tasks).toBe(Math.ceil((5_000 - BATCH) / BATCH));
  });

  it('moves within the whole list: ↓ past the rendered part, Home, and stops at the ends', () => {
    expect(navigationTarget('ArrowDown', BATCH - 1, 5_000)).toBe(BATCH);
    expect(navigationTarget('ArrowDown', 4_999, 5_000)).toBe(4_999);
    expect(navigationTarget('ArrowUp', 0, 5_000)).toBe(0);
    expect(navigationTarget('Home', 3_000, 5_000)).toBe(0);
  });

  it('gives two findings of one rule on one cell distinct keys', () => {
    const twice = keyFindings([findings[0], { ...findings[0], message: '另一处' }]);
    expect(new Set(twice.map((k) => k.key)).size).toBe(2);
  });

  describe('chunks of rows', () => {
    const chunkOf = (assignment: Map<string, number>) => (k: KeyedFinding) => assignment.get(k.key);

    it('holds at most a chunk size of rows, never across sheets', () => {
      const { chunks } = stableChunks(keyed, new Map(), 50);
      expect(chunks.every((c) => c.items.length <= 50)).toBe(true);
      expect(chunks.every((c) => new Set(c.items.map((k) => k.finding.sheet)).size === 1)).toBe(true);
      expect(chunks.flatMap((c) => c.items)).toEqual(keyed);
      expect(new Set(chunks.map((c) => c.id)).size).toBe(chunks.length);
    });

    it('keeps every row in its chunk while batches are added and after a re-check removes a finding', () => {
      const first = stableChunks(keyed.slice(0, 120), new Map(), 50);
      const filled = stableChunks(keyed, first.assignment, 50);
      expect(keyed.slice(0, 120).map(chunkOf(filled.assignment))).toEqual(
        keyed.slice(0, 120).map(chunkOf(first.assignment)),
      );
      expect(filled.chunks.every((c) => c.items.length <= 50)).toBe(true);

      const recheck = keyFindings(findings.filter((_, i) => i !== 10));
      const after = stableChunks(recheck, filled.assignment, 50);
      expect(recheck.map(chunkOf(after.assignment))).toEqual(recheck.map(chunkOf(filled.assignment)));
      expect(new Set(after.chunks.map((c) => c.id)).size).toBe(after.chunks.length);
    });
  });
});
