/**
 * Brings the validator worker's copy of the grids up to date: the page side lists the messages that send
 * what changed since the last send (by identity — grids and their rows are replaced, never mutated, so an
 * edit of one cell resends one row), the worker side applies them. Both sides are plain functions.
 */
import type { SheetGrid } from '../../core/grid/types';
import { CELLS_PER_MESSAGE, ROW_ARRAYS, type RowArrayKey, type ValidatorRequest } from './messages';

/** What the worker holds, by sheet name, as the page last sent it. */
export type SentGrids = Map<string, SheetGrid>;

/**
 * The messages that make the worker's copy equal `grids`. `sent` is updated as each grid's last message is
 * taken, and a grid is forgotten before its first one: a send abandoned halfway is resent in full next time.
 */
export function* gridUpdates(grids: readonly SheetGrid[], sent: SentGrids): Generator<ValidatorRequest> {
  for (const grid of grids) {
    const previous = sent.get(grid.name);
    if (previous === grid) continue;
    sent.delete(grid.name);
    const { values, text, numberFormat, formulas, ...sheet } = grid;
    const arrays = ROW_ARRAYS.filter((key) => grid[key] !== undefined);
    yield { kind: 'sheet', sheet, rows: values.length, arrays };
    const width = Math.max(1, values[0]?.length ?? 1);
    const step = Math.max(1, Math.floor(CELLS_PER_MESSAGE / width));
    for (const [from, to] of changedRuns(grid, previous, arrays, step)) {
      yield {
        kind: 'rows',
        name: grid.name,
        at: from,
        values: values.slice(from, to),
        text: text?.slice(from, to),
        numberFormat: numberFormat?.slice(from, to),
        formulas: formulas?.slice(from, to),
      };
    }
    sent.set(grid.name, grid);
  }
}

/** [from, to) runs of rows that differ from `previous` (all rows when there is none), at most `step` long. */
function changedRuns(
  grid: SheetGrid,
  previous: SheetGrid | undefined,
  arrays: readonly RowArrayKey[],
  step: number,
): [number, number][] {
  const rows = grid.values.length;
  // An array the worker did not hold before must arrive whole.
  const whole = !previous || arrays.some((key) => previous[key] === undefined);
  const changed = (r: number) => whole || arrays.some((key) => grid[key]![r] !== previous[key]![r]);
  const runs: [number, number][] = [];
  let r = 0;
  while (r < rows) {
    if (!changed(r)) {
      r++;
      continue;
    }
    const from = r;
    while (r < rows && r - from < step && changed(r)) r++;
    runs.push([from, r]);
  }
  return runs;
}

/** The worker's side: applies one update to its grids (by sheet name). */
export function applyUpdate(grids: Map<string, SheetGrid>, update: ValidatorRequest): void {
  if (update.kind === 'sheet') {
    const held = grids.get(update.sheet.name);
    const grid: SheetGrid = { ...update.sheet, values: [] };
    for (const key of update.arrays) {
      const rows = held?.[key] ?? [];
      rows.length = update.rows;
      grid[key] = rows as never;
    }
    grids.set(grid.name, grid);
  } else if (update.kind === 'rows') {
    const grid = grids.get(update.name);
    if (!grid) throw new Error(`rows for unknown sheet ${update.name}`);
    for (const key of ROW_ARRAYS) {
      const target = grid[key];
      const rows = update[key];
      if (!target || !rows) continue;
      for (let i = 0; i < rows.length; i++) target[update.at + i] = rows[i] as never;
    }
  }
}
