/** Comparing two readers' grids cell by cell, for the equality and differences tests. */
import type { SheetGrid } from '../../../src/core/grid/types';

/** Cells that differ, as "sheet!r,c field: new vs exceljs" lines (empty when the grids agree). */
export function gridDifferences(ours: SheetGrid[], theirs: SheetGrid[]): string[] {
  const out: string[] = [];
  if (ours.length !== theirs.length) out.push(`sheets: ${ours.length} vs ${theirs.length}`);
  for (let i = 0; i < Math.min(ours.length, theirs.length); i++) {
    const a = ours[i];
    const b = theirs[i];
    for (const key of ['name', 'visibility', 'protected', 'merges', 'readWarnings'] as const)
      if (JSON.stringify(a[key]) !== JSON.stringify(b[key]))
        out.push(`${b.name} ${key}: ${JSON.stringify(a[key])} vs ${JSON.stringify(b[key])}`);
    if (a.values.length !== b.values.length || a.values[0]?.length !== b.values[0]?.length)
      out.push(
        `${b.name} size: ${a.values.length}×${a.values[0]?.length} vs ${b.values.length}×${b.values[0]?.length}`,
      );
    for (const key of ['values', 'text', 'numberFormat', 'formulas'] as const) {
      const ga = a[key] ?? [];
      const gb = b[key] ?? [];
      for (let r = 0; r < Math.min(ga.length, gb.length); r++)
        for (let c = 0; c < Math.min(ga[r].length, gb[r].length); c++)
          if (!Object.is(ga[r][c], gb[r][c]))
            out.push(`${b.name}!${r},${c} ${key}: ${JSON.stringify(ga[r][c])} vs ${JSON.stringify(gb[r][c])}`);
    }
  }
  return out;
}
