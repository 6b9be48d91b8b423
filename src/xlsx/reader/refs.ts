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
  // As ref.split(':') taking the first two parts: "A1" is a one-cell range, "A1:B2:C3" is A1:B2.
  const colon = ref.indexOf(':');
  const start = parseCell(colon < 0 ? ref : ref.slice(0, colon));
  if (!start) return undefined;
  if (colon < 0) return { top: start[0], left: start[1], bottom: start[0], right: start[1] };
  const next = ref.indexOf(':', colon + 1);
  const end = parseCell(ref.slice(colon + 1, next < 0 ? ref.length : next));
  if (!end) return undefined;
  return {
    top: Math.min(start[0], end[0]),
    left: Math.min(start[1], end[1]),
    bottom: Math.max(start[0], end[0]),
    right: Math.max(start[1], end[1]),
  };
}

/**
 * "$A$1", "a1", " B12 " → 0-based [row, col]: one to three letters and one to seven digits, each optionally after
 * a "$". Scanned by character code: every merged area of a sheet passes here twice.
 */
export function parseCell(ref: string): [number, number] | undefined {
  const s = ref.trim();
  const n = s.length;
  let i = s.charCodeAt(0) === 0x24 /* $ */ ? 1 : 0;
  const lettersFrom = i;
  let col = 0;
  for (; i < n; i++) {
    const code = s.charCodeAt(i) | 0x20; // A-Z → a-z; nothing else lands in a-z
    if (code < 0x61 || code > 0x7a) break;
    col = col * 26 + (code - 0x60);
  }
  if (i === lettersFrom || i - lettersFrom > 3) return undefined;
  if (s.charCodeAt(i) === 0x24) i++;
  const digitsFrom = i;
  let row = 0;
  for (; i < n; i++) {
    const digit = s.charCodeAt(i) - 0x30;
    if (digit < 0 || digit > 9) return undefined;
    row = row * 10 + digit;
  }
  if (i === digitsFrom || i - digitsFrom > 7) return undefined;
  if (row < 1 || row > MAX_ROWS || col > MAX_COLS) return undefined;
  return [row - 1, col - 1];
}

/** An ISO 8601 date (t="d") as Excel's serial day number. */
export function dateSerial(iso: string, date1904: boolean): number | undefined {
  const time = Date.parse(/[zZ]|[+-]\d\d:\d\d$/.test(iso) ? iso : `${iso}Z`);
  if (Number.isNaN(time)) return undefined;
  return time / 86_400_000 + (date1904 ? 24107 : 25569);
}
