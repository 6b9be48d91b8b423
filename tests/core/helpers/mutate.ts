/**
 * Grid mutators for deriving test variants from real sheets in code: each returns a new grid or
 * workbook and leaves its input untouched. Coordinates are A1 addresses (absolute, like findings
 * report them); row numbers are 1-based, as Excel shows them.
 */
import { parseA1, parseRangeA1 } from '../../../src/core/grid/address';
import type { CellRange, CellValue, SheetGrid } from '../../../src/core/grid/types';
import type { InsertRowsFix } from '../../../src/core/report/types';
import { sheetNamed } from './fixtures';

function clone(grid: SheetGrid): SheetGrid {
  return structuredClone(grid);
}

/** Drop the parallel arrays a bulk rewrite would make stale (display text, formats, formulas). */
function valuesOnly(grid: SheetGrid): SheetGrid {
  const out = { ...grid };
  delete out.text;
  delete out.numberFormat;
  delete out.formulas;
  return out;
}

/**
 * Set one cell as if typed (growing the grid if needed): its display text and formula go, so
 * readers see the new value; its number format stays, as in Excel.
 */
export function setCell(grid: SheetGrid, a1: string, value: CellValue): SheetGrid {
  const out = clone(grid);
  const { row, col } = parseA1(a1);
  const r = row - out.origin.row;
  const c = col - out.origin.col;
  if (r < 0 || c < 0) throw new Error(`${a1} lies before the grid's origin`);
  while (out.values.length <= r) out.values.push([]);
  const line = out.values[r];
  while (line.length <= c) line.push(null);
  line[c] = value;
  // An empty display text makes textAt fall back to the value.
  if (out.text?.[r]?.[c] !== undefined) out.text[r][c] = '';
  if (out.formulas?.[r]?.[c] !== undefined) out.formulas[r][c] = '';
  return out;
}

/** Set several cells at once: setCells(grid, { D9: 61.4, B9: null }). */
export function setCells(grid: SheetGrid, cells: Record<string, CellValue>): SheetGrid {
  return Object.entries(cells).reduce((g, [a1, value]) => setCell(g, a1, value), grid);
}

/** The workbook with one sheet replaced by a variant of the same name, keeping the order. */
export function replaceSheet(grids: readonly SheetGrid[], variant: SheetGrid): SheetGrid[] {
  return grids.map((g) => (g.name === variant.name ? variant : g));
}

/** The workbook with sheet `name` replaced by `change(sheet)`. */
export function changeSheet(
  grids: readonly SheetGrid[],
  name: string,
  change: (grid: SheetGrid) => SheetGrid,
): SheetGrid[] {
  return replaceSheet(grids, change(sheetNamed(grids, name)));
}

/** The workbook with cells of one sheet changed: edit(grids, '5一般公共预算支出表', { D9: 61.4 }). */
export function edit(grids: readonly SheetGrid[], sheet: string, cells: Record<string, CellValue>): SheetGrid[] {
  return changeSheet(grids, sheet, (g) => setCells(g, cells));
}

/** Move the whole sheet content down by `rows` and right by `cols` (blank rows/columns before it). */
export function shiftGrid(grid: SheetGrid, rows: number, cols: number): SheetGrid {
  const out = valuesOnly(clone(grid));
  const pad = (line: CellValue[]) => [...Array<CellValue>(cols).fill(null), ...line];
  out.values = [...Array.from({ length: rows }, () => pad([])), ...out.values.map(pad)];
  const move = (m: CellRange) => ({
    top: m.top + rows,
    bottom: m.bottom + rows,
    left: m.left + cols,
    right: m.right + cols,
  });
  out.merges = out.merges.map(move);
  return out;
}

/** Apply `f` to every numeric cell inside `range` ("D6:M19"). */
export function mapNumbers(grid: SheetGrid, range: string, f: (value: number) => CellValue): SheetGrid {
  const out = valuesOnly(clone(grid));
  const area = parseRangeA1(range);
  out.values = out.values.map((line, r) =>
    line.map((v, c) => {
      const row = r + out.origin.row;
      const col = c + out.origin.col;
      const inside = row >= area.top && row <= area.bottom && col >= area.left && col <= area.right;
      return typeof v === 'number' && inside ? f(v) : v;
    }),
  );
  return out;
}

/** Amounts in `range` written as text with 2 decimals and thousands separators: 1234.5 → "1,234.50". */
export function amountsAsText(grid: SheetGrid, range: string): SheetGrid {
  return mapNumbers(grid, range, (v) =>
    v.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
  );
}

/** Amounts in `range` written with full-width digits: 107.54 → "１０７．５４". */
export function amountsFullWidth(grid: SheetGrid, range: string): SheetGrid {
  return mapNumbers(grid, range, (v) =>
    String(v).replace(/[0-9.]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0)),
  );
}

/** Convert a table from 万元 to 元: amounts in `range` × 10000 (exact to the 分) and "单位：万元" → "单位：元". */
export function wanToYuan(grid: SheetGrid, range: string): SheetGrid {
  const scaled = mapNumbers(grid, range, (v) => Math.round(v * 1_000_000) / 100);
  scaled.values = scaled.values.map((line) =>
    line.map((v) => (typeof v === 'string' ? v.replace(/单位([:：]\s*)万元/, '单位$1元') : v)),
  );
  return scaled;
}

/** The workbook with rows `first`..`last` of one sheet deleted; merges follow. */
export function deleteRows(grids: readonly SheetGrid[], sheet: string, first: number, last: number): SheetGrid[] {
  return changeSheet(grids, sheet, (source) => {
    const grid = clone(source);
    const top = parseA1(`A${first}`).row;
    const count = last - first + 1;
    const cut = <T>(rows: T[] | undefined) =>
      rows && [...rows.slice(0, top - grid.origin.row), ...rows.slice(top - grid.origin.row + count)];
    grid.values = cut(grid.values)!;
    grid.text = cut(grid.text);
    grid.numberFormat = cut(grid.numberFormat);
    grid.formulas = cut(grid.formulas);
    const bottom = top + count - 1;
    grid.merges = grid.merges
      .filter((m) => !(m.top >= top && m.bottom <= bottom))
      .map((m) => ({
        ...m,
        top: m.top > bottom ? m.top - count : Math.min(m.top, top),
        bottom: m.bottom > bottom ? m.bottom - count : Math.min(m.bottom, top - 1),
      }))
      .filter((m) => m.bottom >= m.top);
    return grid;
  });
}

/** The workbook after a finding's quick fix: its rows inserted before `beforeRow`, merges below moved down. */
export function applyFix(grids: readonly SheetGrid[], fix: InsertRowsFix): SheetGrid[] {
  return changeSheet(grids, fix.sheet, (source) => {
    const grid = clone(source);
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
    return grid;
  });
}
