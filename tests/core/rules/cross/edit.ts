/** Workbook-level edits for the cross/narrative rule tests, built on the shared grid mutators. */
import type { CellValue, SheetGrid } from '../../../../src/core/grid/types';
import { sheetNamed } from '../../helpers/fixtures';
import { setCell } from '../../helpers/mutate';

/** The workbook with one sheet replaced by a variant of the same name, keeping the order. */
export function replaceSheet(grids: readonly SheetGrid[], variant: SheetGrid): SheetGrid[] {
  return grids.map((g) => (g.name === variant.name ? variant : g));
}

/** The workbook with `sheet!a1` set to `value` for each edit, in order. */
export function edit(
  grids: readonly SheetGrid[],
  ...edits: [sheet: string, a1: string, value: CellValue][]
): SheetGrid[] {
  return edits.reduce<SheetGrid[]>(
    (out, [sheet, a1, value]) => replaceSheet(out, setCell(sheetNamed(out, sheet), a1, value)),
    [...grids],
  );
}
