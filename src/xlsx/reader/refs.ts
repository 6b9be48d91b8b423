/** A1 references and ISO dates as the reader meets them: parsed without allocation where hot, invalid ones rejected. */
import type { CellRange } from '../../core/grid/types';

export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

/** 1-based column of an A1 reference; NaN when it is not one (or names another row). */
export function columnOf(ref: string, row: number): number {
  let c = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const code = ref.charCodeAt(i) | 0x20;
    if (code < 0x61 || code > 0x7a) break;
    c = c * 26 + (code - 0x60);
  }
  if (i === 0 || i > 3) return NaN;
  let r = 0;
  for (; i < ref.length; i++) {
    const digit = ref.charCodeAt(i) - 0x30;
    if (digit < 0 || digit > 9) return NaN;
    r = r * 10 + digit;
  }
  return r === row ? c : NaN;
}

export function parseRange(ref: string): CellRange | undefined {
  const [a, b = a] = ref.split(':');
  const start = parseCell(a);
  const end = parseCell(b);
  if (!start || !end) return undefined;
  return {
    top: Math.min(start[0], end[0]),
    left: Math.min(start[1], end[1]),
    bottom: Math.max(start[0], end[0]),
    right: Math.max(start[1], end[1]),
  };
}

export function parseCell(ref: string): [number, number] | undefined {
  const match = /^\$?([A-Za-z]{1,3})\$?([0-9]{1,7})$/.exec(ref.trim());
  if (!match) return undefined;
  let col = 0;
  for (const ch of match[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  const row = Number(match[2]);
  if (row < 1 || row > MAX_ROWS || col > MAX_COLS) return undefined;
  return [row - 1, col - 1];
}

/** An ISO 8601 date (t="d") as Excel's serial day number. */
export function dateSerial(iso: string, date1904: boolean): number | undefined {
  const time = Date.parse(/[zZ]|[+-]\d\d:\d\d$/.test(iso) ? iso : `${iso}Z`);
  if (Number.isNaN(time)) return undefined;
  return time / 86_400_000 + (date1904 ? 24107 : 25569);
}
