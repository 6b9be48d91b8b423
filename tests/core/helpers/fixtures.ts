/** Loads the real workbooks under tests/fixtures through the production reader, cached per file. */
import path from 'path';
import type { SheetGrid } from '../../../src/core/grid/types';
import { readWorkbookFile } from '../../../src/xlsx/read';

const FIXTURES = path.join(__dirname, '..', '..', 'fixtures');
const cache = new Map<string, Promise<SheetGrid[]>>();

export const PINGXIANG = 'pingxiang-2023-department-budget.xlsx';
export const SHAPOTOU = 'shapotou-2023-performance.xlsx';
export const PINGLUO = 'pingluo-2024-performance.xlsx';
export const JULU = 'julu-2024-performance.xlsx';
export const SHANHAIGUAN = 'shanhaiguan-performance.xlsx';

/** The grids of `tests/fixtures/<name>` (e.g. PINGXIANG); each caller gets its own copy to edit. */
export async function loadFixture(name: string): Promise<SheetGrid[]> {
  let grids = cache.get(name);
  if (!grids) {
    grids = readWorkbookFile(path.join(FIXTURES, name));
    cache.set(name, grids);
  }
  return structuredClone(await grids);
}

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
