/**
 * Queues one sheet's fill writes: colours through setCellProperties over row bands of the painted
 * cells (ExcelApi 1.9) or one write per cell below it; "no fill" always through fill.clear(), over many
 * row runs at once through Worksheet.getRanges (ExcelApi 1.9) or one run at a time below it.
 */
import { parseA1, rangeToA1 } from '../core/grid/address';
import type { CellRange } from '../core/grid/types';

/**
 * Cells one setCellProperties array may span. Cells between the painted ones travel as `{}`, so a
 * sparse sheet (findings at A1 and Z50000) is split into row bands instead of one giant array.
 */
export const BULK_WRITE_AREA_LIMIT = 20_000;

/**
 * Per getRanges call. The docs truncate a getRanges address beyond 8,192 characters and advise against
 * RangeAreas made of many single cells, without a number; these keep each call far inside both.
 */
export const CLEAR_AREAS_PER_CALL = 200;
export const CLEAR_ADDRESS_CHARS = 4_000;

export interface FillWrites {
  /** A1 → "#RRGGBB": marks to paint and coloured originals to restore. */
  colours: Map<string, string>;
  /** A1 of cells whose original was "no fill". */
  clears: string[];
}

interface Point {
  row: number;
  col: number;
  colour: string;
}

interface Band extends CellRange {
  points: Point[];
}

/** `bulk`: the host has ExcelApi 1.9 (Range.setCellProperties). */
export function queueFillWrites(sheet: Excel.Worksheet, writes: FillWrites, bulk: boolean): void {
  if (bulk) {
    const points = [...writes.colours].map(([cell, colour]) => ({ ...parseA1(cell), colour }));
    for (const band of rowBands(points)) {
      // Per the SettableCellProperties docs, properties left unset are not changed: `{}` is a no-op.
      const grid: Excel.SettableCellProperties[][] = Array.from({ length: band.bottom - band.top + 1 }, () =>
        Array.from({ length: band.right - band.left + 1 }, () => ({})),
      );
      for (const p of band.points)
        grid[p.row - band.top][p.col - band.left] = { format: { fill: { color: p.colour } } };
      sheet.getRange(rangeToA1(band)).setCellProperties(grid);
    }
  } else {
    for (const [cell, colour] of writes.colours) sheet.getRange(cell).format.fill.color = colour;
  }
  // setCellProperties has no documented way to say "no fill" (unset properties stay unchanged, and a
  // colour would paint white over the gridlines), so these keep fill.clear() — RangeAreas.format is a
  // RangeFormat like Range.format, so one clear() covers every run of a getRanges address.
  const runs = rowRuns(writes.clears).map(rangeToA1);
  if (bulk) for (const chunk of addressChunks(runs)) sheet.getRanges(chunk.join(',')).format.fill.clear();
  else for (const run of runs) sheet.getRange(run).format.fill.clear();
}

/** Consecutive groups of at most CLEAR_AREAS_PER_CALL addresses whose comma-joined length stays within CLEAR_ADDRESS_CHARS. */
export function addressChunks(addresses: string[]): string[][] {
  const chunks: string[][] = [];
  let chunk: string[] = [];
  let chars = 0;
  for (const address of addresses) {
    const full = chunk.length === CLEAR_AREAS_PER_CALL || chars + 1 + address.length > CLEAR_ADDRESS_CHARS;
    if (chunk.length > 0 && full) {
      chunks.push(chunk);
      chunk = [];
      chars = 0;
    }
    chars += (chunk.length > 0 ? 1 : 0) + address.length;
    chunk.push(address);
  }
  if (chunk.length > 0) chunks.push(chunk);
  return chunks;
}

/** Greedy, top to bottom: a band grows while its bounding box stays within BULK_WRITE_AREA_LIMIT cells. */
function rowBands(points: Point[]): Band[] {
  const sorted = [...points].sort((a, b) => a.row - b.row || a.col - b.col);
  const bands: Band[] = [];
  let band: Band | undefined;
  for (const p of sorted) {
    if (band) {
      const left = Math.min(band.left, p.col);
      const right = Math.max(band.right, p.col);
      if ((p.row - band.top + 1) * (right - left + 1) <= BULK_WRITE_AREA_LIMIT) {
        Object.assign(band, { left, right, bottom: p.row });
        band.points.push(p);
        continue;
      }
    }
    band = { top: p.row, bottom: p.row, left: p.col, right: p.col, points: [p] };
    bands.push(band);
  }
  return bands;
}

/** Horizontally adjacent cells of one row merge into one range, so one clear() covers them. */
function rowRuns(cells: string[]): CellRange[] {
  const sorted = cells.map((cell) => parseA1(cell)).sort((a, b) => a.row - b.row || a.col - b.col);
  const runs: CellRange[] = [];
  for (const { row, col } of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.top === row && last.right + 1 === col) last.right = col;
    else runs.push({ top: row, bottom: row, left: col, right: col });
  }
  return runs;
}
