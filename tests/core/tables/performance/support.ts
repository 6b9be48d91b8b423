/**
 * Test support for the 绩效目标 fixtures: their names, edits made in code (cells, deleted rows),
 * and findings as "sheet!cell" strings so tests read like the oracle they pin.
 */
import path from 'path';
import { parseA1 } from '../../../../src/core/grid/address';
import type { CellValue, SheetGrid } from '../../../../src/core/grid/types';
import type { Finding, InsertRowsFix } from '../../../../src/core/report/types';
import type { Rule } from '../../../../src/core/rules/types';
import { validateWorkbook } from '../../../../src/core/validate';
import { readWorkbookFile } from '../../../../src/xlsx/read';

export const SHAPOTOU = 'shapotou-2023-performance.xlsx';
export const PINGLUO = 'pingluo-2024-performance.xlsx';
export const JULU = 'julu-2024-performance.xlsx';
export const SHANHAIGUAN = 'shanhaiguan-performance.xlsx';
export const PINGXIANG = 'pingxiang-2023-department-budget.xlsx';

const cache = new Map<string, Promise<SheetGrid[]>>();

/** A fixture's grids through the production reader; each caller gets its own copy to edit. */
export async function loadWorkbook(name: string): Promise<SheetGrid[]> {
  if (!cache.has(name)) cache.set(name, readWorkbookFile(path.join(__dirname, '..', '..', '..', 'fixtures', name)));
  return structuredClone(await cache.get(name)!);
}

export function sheetOf(grids: readonly SheetGrid[], name: string): SheetGrid {
  const grid = grids.find((g) => g.name === name);
  if (!grid) throw new Error(`no sheet ${name}`);
  return grid;
}

/** Findings of the given rules through the whole pipeline; an engine crash fails the test. */
export function check(grids: readonly SheetGrid[], rules: readonly Rule[], profile?: string): Finding[] {
  const report = validateWorkbook(grids, { rules, profile });
  const crashes = report.warnings.filter((w) => /运行出错|无法完整读取/.test(w));
  if (crashes.length > 0) throw new Error(crashes.join('\n'));
  return report.findings;
}

/** "sheet!A1" of each finding, in report order. */
export function cellsOf(findings: readonly Finding[]): string[] {
  return findings.map((f) => `${f.sheet}!${f.cell}`);
}

/** The workbook with cells of one sheet changed ({ E7: '≤3万元' }). */
export function edit(grids: readonly SheetGrid[], sheet: string, changes: Record<string, CellValue>): SheetGrid[] {
  const grid = structuredClone(sheetOf(grids, sheet));
  for (const [a1, value] of Object.entries(changes)) {
    const { row, col } = parseA1(a1);
    grid.values[row - grid.origin.row][col - grid.origin.col] = value;
    const text = grid.text?.[row - grid.origin.row];
    if (text) text[col - grid.origin.col] = value === null ? '' : String(value);
  }
  return replaceSheet(grids, grid);
}

function replaceSheet(grids: readonly SheetGrid[], grid: SheetGrid): SheetGrid[] {
  return grids.map((g) => (g.name === grid.name ? grid : g));
}

/** The workbook with rows `first`..`last` (1-based, as Excel numbers them) of one sheet deleted; merges follow. */
export function deleteRows(grids: readonly SheetGrid[], sheet: string, first: number, last: number): SheetGrid[] {
  const grid = structuredClone(sheetOf(grids, sheet));
  const top = parseA1(`A${first}`).row;
  const count = last - first + 1;
  const cut = <T>(rows: T[] | undefined) =>
    rows && [...rows.slice(0, top - grid.origin.row), ...rows.slice(top - grid.origin.row + count)];
  grid.values = cut(grid.values)!;
  grid.text = cut(grid.text);
  grid.numberFormat = cut(grid.numberFormat);
  grid.formulas = cut(grid.formulas);
  const bottom = top + count - 1;
  const shift = (row: number) => (row > bottom ? row - count : Math.min(row, top));
  grid.merges = grid.merges
    .filter((m) => !(m.top >= top && m.bottom <= bottom))
    .map((m) => ({
      ...m,
      top: shift(m.top),
      bottom: m.bottom > bottom ? m.bottom - count : Math.min(m.bottom, top - 1),
    }))
    .filter((m) => m.bottom >= m.top);
  return replaceSheet(grids, grid);
}

/** The workbook after a finding's quick fix: its rows inserted before `beforeRow`, merges below moved down. */
export function applyFix(grids: readonly SheetGrid[], fix: InsertRowsFix): SheetGrid[] {
  const grid = structuredClone(sheetOf(grids, fix.sheet));
  const at = fix.beforeRow - grid.origin.row;
  const width = Math.max(...grid.values.map((r) => r.length));
  const rows = fix.rows.map((values) => {
    const row: CellValue[] = new Array(width).fill(null);
    values.forEach((v, i) => (row[fix.startCol - grid.origin.col + i] = v));
    return row;
  });
  grid.values.splice(at, 0, ...rows);
  grid.text?.splice(at, 0, ...rows.map((r) => r.map((v) => (v === null ? '' : String(v)))));
  grid.numberFormat?.splice(at, 0, ...rows.map((r) => r.map(() => 'General')));
  grid.formulas?.splice(at, 0, ...rows.map((r) => r.map(() => '')));
  const n = fix.rows.length;
  grid.merges = grid.merges
    .filter((m) => !(m.top < fix.beforeRow && m.bottom >= fix.beforeRow)) // a merge the new rows cut through
    .map((m) => (m.top >= fix.beforeRow ? { ...m, top: m.top + n, bottom: m.bottom + n } : m));
  return replaceSheet(grids, grid);
}
