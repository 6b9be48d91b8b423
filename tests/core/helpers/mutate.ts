/**
 * Grid mutators for deriving test variants from real sheets in code: each returns a new grid and
 * leaves its input untouched. Coordinates are A1 addresses (absolute, like findings report them).
 */
import { parseA1, parseRangeA1 } from '../../../src/core/grid/address';
import type { CellRange, CellValue, SheetGrid } from '../../../src/core/grid/types';

function clone(grid: SheetGrid): SheetGrid {
  return structuredClone(grid);
}

/** Drop the parallel arrays a mutation would make stale (display text, formats, formulas). */
function valuesOnly(grid: SheetGrid): SheetGrid {
  const out = { ...grid };
  delete out.text;
  delete out.numberFormat;
  delete out.formulas;
  return out;
}

/** Set one cell (growing the grid if needed). */
export function setCell(grid: SheetGrid, a1: string, value: CellValue): SheetGrid {
  const out = valuesOnly(clone(grid));
  const { row, col } = parseA1(a1);
  const r = row - out.origin.row;
  const c = col - out.origin.col;
  if (r < 0 || c < 0) throw new Error(`${a1} lies before the grid's origin`);
  while (out.values.length <= r) out.values.push([]);
  const line = out.values[r];
  while (line.length <= c) line.push(null);
  line[c] = value;
  return out;
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

/** Set several cells at once: setCells(grid, { D9: 61.4, B9: null }). */
export function setCells(grid: SheetGrid, cells: Record<string, CellValue>): SheetGrid {
  return Object.entries(cells).reduce((g, [a1, value]) => setCell(g, a1, value), grid);
}

/** The workbook with sheet `name` replaced by `change(sheet)`. */
export function changeSheet(
  grids: readonly SheetGrid[],
  name: string,
  change: (grid: SheetGrid) => SheetGrid,
): SheetGrid[] {
  if (!grids.some((g) => g.name === name)) throw new Error(`no sheet ${name}`);
  return grids.map((g) => (g.name === name ? change(g) : g));
}
