/** A1 addresses ↔ 0-based coordinates. */
import type { CellRange } from './types';

export function columnLetters(col: number): string {
  let n = col + 1;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function toA1(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

export function rangeToA1(range: CellRange): string {
  const start = toA1(range.top, range.left);
  const end = toA1(range.bottom, range.right);
  return start === end ? start : `${start}:${end}`;
}

const CELL_RE = /^\$?([A-Za-z]{1,3})\$?(\d+)$/;

export function parseA1(address: string): { row: number; col: number } {
  const match = CELL_RE.exec(address.trim());
  if (!match) throw new Error(`Not an A1 cell address: ${address}`);
  return { row: Number(match[2]) - 1, col: columnIndex(match[1]) };
}

export function parseRangeA1(address: string): CellRange {
  const [a, b = a] = address.split(':');
  const start = parseA1(a);
  const end = parseA1(b);
  return {
    top: Math.min(start.row, end.row),
    left: Math.min(start.col, end.col),
    bottom: Math.max(start.row, end.row),
    right: Math.max(start.col, end.col),
  };
}

/** Quote a sheet name for a formula or reference ("'1收支总表'!E39"). */
export function qualify(sheet: string, cell: string): string {
  const needsQuotes = !/^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet);
  return `${needsQuotes ? `'${sheet.replace(/'/g, "''")}'` : sheet}!${cell}`;
}
