/** Applies an insert-rows quick fix to an in-memory grid: rows shift down, merges below move or grow. */
import type { CellRange, CellValue, SheetGrid } from '../../core/grid/types';
import type { InsertRowsFix } from '../../core/report/types';

export function insertRows(grid: SheetGrid, fix: InsertRowsFix): SheetGrid {
  const count = fix.rows.length;
  const width = Math.max(
    grid.values[0]?.length ?? 0,
    ...fix.rows.map((row) => fix.startCol - grid.origin.col + row.length),
  );
  const at = Math.max(0, Math.min(fix.beforeRow - grid.origin.row, grid.values.length));
  const pad = <T>(row: T[], fill: T): T[] => [...row, ...new Array<T>(Math.max(0, width - row.length)).fill(fill)];

  const newValues = fix.rows.map((row) => {
    const cells = new Array<CellValue>(width).fill(null);
    row.forEach((value, i) => {
      const col = fix.startCol - grid.origin.col + i;
      if (col >= 0) cells[col] = value;
    });
    return cells;
  });
  const splice = <T>(rows: T[][] | undefined, added: T[][], fill: T): T[][] | undefined =>
    rows && [...rows.slice(0, at).map((r) => pad(r, fill)), ...added, ...rows.slice(at).map((r) => pad(r, fill))];

  const beforeRow = grid.origin.row + at;
  return {
    ...grid,
    values: splice(grid.values, newValues, null as CellValue) ?? [],
    text: splice(
      grid.text,
      newValues.map((row) => row.map((v) => (v === null ? '' : String(v)))),
      '',
    ),
    numberFormat: splice(
      grid.numberFormat,
      newValues.map(() => new Array<string>(width).fill('General')),
      'General',
    ),
    formulas: splice(
      grid.formulas,
      newValues.map(() => new Array<string>(width).fill('')),
      '',
    ),
    merges: grid.merges.map((m) => shiftMerge(m, beforeRow, count)),
  };
}

function shiftMerge(merge: CellRange, beforeRow: number, count: number): CellRange {
  if (merge.top >= beforeRow) return { ...merge, top: merge.top + count, bottom: merge.bottom + count };
  if (merge.bottom >= beforeRow) return { ...merge, bottom: merge.bottom + count };
  return merge;
}
