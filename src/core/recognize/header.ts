/**
 * Finds a table's header under its title: the (multi-row, merged) header rows, the 栏次 row, and
 * each column's header words joined top to bottom ("本年收入/小计"), so builders can give columns roles.
 */
import { isEmptyValue, mergeContaining, mergedValueAt, valueAt } from '../grid/access';
import type { SheetGrid } from '../grid/types';
import { labelKey } from '../parse/normalize';
import type { TableRegion } from './region';

export interface HeaderInfo {
  top: number;
  bottom: number;
  /** The 栏次 row ("栏次 | 1 | 2 | 3 …") right under the header, when present. */
  indexRow?: number;
  /** Column → header words top to bottom, labelKey-normalized and joined with "/". */
  labels: Map<number, string>;
}

/** Words that make a row a header row; data rows name 科目 and items, not these. */
const HEADER_WORD_RE =
  /序号|栏次|科目|编码|代码|名称|项目|预算数|金额|合计|小计|收入|支出|经费|拨款|结转|数量|价值|单价|计量|资金|来源|性质|^[类款项]$|总计|目录|份额|财政专户|政府采购/;

/** "一、…", "1、…", "（一）…": the numbered lines of a 收支总表 body, never header cells. */
const NUMBERED_LINE_RE = /^([一二三四五六七八九十]+[、.]|\d+[、.]\D|[(][一二三四五六七八九十\d]+[)])/;

const MAX_HEADER_ROWS = 4;

/** The header of a region, or null when the first rows under the title do not look like one. */
export function findHeader(grid: SheetGrid, region: TableRegion): HeaderInfo | null {
  const { left, right, bottom } = region.range;
  const top = firstHeaderRow(grid, region);
  if (top === null) return null;

  let last = top;
  while (
    last + 1 <= bottom &&
    last + 1 - top < MAX_HEADER_ROWS &&
    !isIndexRow(grid, last + 1, left, right) &&
    isHeaderRow(grid, last + 1, left, right, false)
  )
    last++;
  const indexRow = last + 1 <= bottom && isIndexRow(grid, last + 1, left, right) ? last + 1 : undefined;

  const labels = new Map<number, string>();
  for (let col = left; col <= right; col++) {
    const parts: string[] = [];
    for (let row = top; row <= last; row++) {
      const value = mergedValueAt(grid, row, col);
      if (isEmptyValue(value)) continue;
      const key = labelKey(String(value));
      if (parts[parts.length - 1] !== key) parts.push(key);
    }
    if (parts.length > 0) labels.set(col, parts.join('/'));
  }
  return { top, bottom: last, indexRow, labels };
}

/** Meta lines the region did not recognize ("截止时间：…") may precede the header: skip a few. */
const MAX_LEADING_ROWS = 3;

function firstHeaderRow(grid: SheetGrid, region: TableRegion): number | null {
  const { left, right, bottom } = region.range;
  let seen = 0;
  for (let row = region.bodyTop; row <= bottom && seen < MAX_LEADING_ROWS; row++) {
    if (isBlankRow(grid, row, left, right)) continue;
    if (isHeaderRow(grid, row, left, right, true)) return row;
    seen++;
  }
  return null;
}

export function isBlankRow(grid: SheetGrid, row: number, left: number, right: number): boolean {
  for (let col = left; col <= right; col++) if (!isEmptyValue(valueAt(grid, row, col))) return false;
  return true;
}

/** Cells written in this row itself (not continued from a merge above or to the left). */
function ownTexts(grid: SheetGrid, row: number, left: number, right: number): { col: number; value: unknown }[] {
  const out: { col: number; value: unknown }[] = [];
  for (let col = left; col <= right; col++) {
    const value = valueAt(grid, row, col);
    if (isEmptyValue(value)) continue;
    const merge = mergeContaining(grid, row, col);
    if (merge && (merge.top !== row || merge.left !== col)) continue;
    out.push({ col, value });
  }
  return out;
}

/**
 * A header row holds only text, at least one header word, and is not a 合计 data row; rows after
 * the first may also consist only of cells continued from merges above.
 */
function isHeaderRow(grid: SheetGrid, row: number, left: number, right: number, first: boolean): boolean {
  const own = ownTexts(grid, row, left, right);
  if (own.length === 0) return !first && hasMergeFromAbove(grid, row, left, right);
  const keys: string[] = [];
  for (const { value } of own) {
    if (typeof value !== 'string') return false;
    const key = labelKey(value);
    // A note right under the header of an empty table ("注：本单位无…，空表列示") is not a header row.
    if (/^[\d.,]+$/.test(key) || NUMBERED_LINE_RE.test(key) || /^注[:：]/.test(key)) return false;
    keys.push(key);
  }
  if (!keys.some((k) => HEADER_WORD_RE.test(k))) return false;
  // "合计" alone (or with a 序号) is the total row of an empty table, not a header.
  const words = keys.filter((k) => !/^\d+$/.test(k));
  if (!first && words.length === 1 && /^(合计|总计)$/.test(words[0])) return false;
  return true;
}

function hasMergeFromAbove(grid: SheetGrid, row: number, left: number, right: number): boolean {
  for (let col = left; col <= right; col++) {
    const merge = mergeContaining(grid, row, col);
    if (merge && merge.top < row) return true;
  }
  return false;
}

/** "栏次 | 1 | 2 | 3" or a run of consecutive column numbers "1 | 2 | 3 | 4". */
function isIndexRow(grid: SheetGrid, row: number, left: number, right: number): boolean {
  const own = ownTexts(grid, row, left, right);
  if (own.length === 0) return false;
  if (own.some(({ value }) => typeof value === 'string' && labelKey(value) === '栏次')) return true;
  const numbers = own.map(({ value }) => Number(typeof value === 'string' ? labelKey(value) : value));
  if (numbers.length < 3 || numbers.some((n) => !Number.isInteger(n))) return false;
  return numbers.every((n, i) => i === 0 || n === numbers[i - 1] + 1) && numbers[0] <= 1;
}
