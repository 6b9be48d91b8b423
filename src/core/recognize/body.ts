/** Splits a table's body (below its header) into data rows and the note lines that end it. */
import { isEmptyValue, valueAt } from '../grid/access';
import type { SheetGrid } from '../grid/types';
import { labelKey } from '../parse/normalize';
import { isBlankRow } from './header';
import type { TableRegion } from './region';

export interface BodyNote {
  row: number;
  col: number;
  text: string;
}

export interface BodyInfo {
  /** Non-blank rows before the first note, top to bottom. */
  rows: number[];
  notes: BodyNote[];
}

/** "注：…", "备注：…", "说明：…", or a sentence saying the table is empty. */
export const NOTE_RE = /^(注|备注|说明|附注)\d*[:：.、]|空表列示|空表公开|本表无数据|无数据|此表无|本表为空|本单位无/;

export function readBody(grid: SheetGrid, region: TableRegion, top: number): BodyInfo {
  const { left, right, bottom } = region.range;
  const rows: number[] = [];
  const notes: BodyNote[] = [];
  for (let row = top; row <= bottom; row++) {
    if (isBlankRow(grid, row, left, right)) continue;
    const first = firstText(grid, row, left, right);
    // Once the notes begin, every further text line belongs to them (numbered continuations).
    if (
      first &&
      (notes.length > 0 || (NOTE_RE.test(labelKey(first.text)) && isSingleCellRow(grid, row, left, right)))
    ) {
      notes.push({ row, col: first.col, text: first.text.trim() });
      continue;
    }
    if (notes.length === 0) rows.push(row);
  }
  return { rows, notes };
}

function firstText(grid: SheetGrid, row: number, left: number, right: number): { col: number; text: string } | null {
  for (let col = left; col <= right; col++) {
    const value = valueAt(grid, row, col);
    if (typeof value === 'string' && value.trim() !== '') return { col, text: value };
    if (!isEmptyValue(value)) return null;
  }
  return null;
}

/** A note is one sentence: at most one other non-empty cell (e.g. a 序号) beside it. */
function isSingleCellRow(grid: SheetGrid, row: number, left: number, right: number): boolean {
  let count = 0;
  for (let col = left; col <= right; col++) if (!isEmptyValue(valueAt(grid, row, col))) count++;
  return count <= 2;
}
