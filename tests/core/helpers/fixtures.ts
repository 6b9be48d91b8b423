/** Loads the real workbooks under tests/fixtures through the production reader, cached per file. */
import path from 'path';
import type { SheetGrid } from '../../../src/core/grid/types';
import { readWorkbookFile } from '../../../src/xlsx/read';

const FIXTURES = path.join(__dirname, '..', '..', 'fixtures');
const cache = new Map<string, Promise<SheetGrid[]>>();

/** The grids of `tests/fixtures/<name>` (e.g. "pingxiang-2023-department-budget.xlsx"); callers get fresh copies. */
export async function loadFixture(name: string): Promise<SheetGrid[]> {
  let grids = cache.get(name);
  if (!grids) {
    grids = readWorkbookFile(path.join(FIXTURES, name));
    cache.set(name, grids);
  }
  return structuredClone(await grids);
}

export const PINGXIANG = 'pingxiang-2023-department-budget.xlsx';

/** The pingxiang department budget, the reference workbook whose budget tables are consistent. */
export function loadPingxiang(): Promise<SheetGrid[]> {
  return loadFixture(PINGXIANG);
}

/** One sheet of a workbook by name; throws when absent so a renamed fixture sheet fails loudly. */
export function sheetNamed(grids: readonly SheetGrid[], name: string): SheetGrid {
  const grid = grids.find((g) => g.name === name);
  if (!grid) throw new Error(`no sheet ${name}: ${grids.map((g) => g.name).join(', ')}`);
  return grid;
}
