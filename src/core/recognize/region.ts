/**
 * Finds the tables of a sheet: every title cell starts a region that runs to the row before the
 * next title (or the end of the sheet). Also reads the meta lines under a title — 单位名称, 预算年度,
 * 单位：万元 — wherever they sit in the few rows between the title and the header.
 */
import { textAt, usedRange, valueAt } from '../grid/access';
import type { CellRange, SheetGrid } from '../grid/types';
import type { MoneyUnit } from '../parse/amount';
import { labelKey, toHalfWidth } from '../parse/normalize';
import type { TableKind } from '../tables/kinds';
import { classifyTitle } from './titles';
import { isPerformanceHeading } from '../tables/performance/headings';

export interface Located<T> {
  value: T;
  row: number;
  col: number;
}

export interface TableRegion {
  kind: TableKind;
  sheet: string;
  title: Located<string>;
  /** Title row through the region's last non-empty row. */
  range: CellRange;
  unit?: Located<MoneyUnit>;
  year?: Located<number>;
  unitName?: Located<string>;
  /** A "编制部门：" line left blank (its label as the value), when no name was found either. */
  blankUnitName?: Located<string>;
  /** First row after the title and meta lines: where the header (or text) begins. */
  bodyTop: number;
}

/** How far below a title the meta lines (单位名称 / 年度 / 单位) may sit. */
const META_ROWS = 3;

export function findRegions(grid: SheetGrid, kindOverride?: TableKind): TableRegion[] {
  const bounds = usedRange(grid);
  if (!bounds) return [];
  const titles = findTitles(grid, bounds);
  if (titles.length === 0 && kindOverride) {
    // A user-confirmed kind for a sheet without a recognizable title: the region is the whole sheet.
    titles.push({ kind: kindOverride, row: bounds.top, col: bounds.left, text: textAt(grid, bounds.top, bounds.left) });
  } else if (kindOverride && titles.length > 0) {
    titles[0] = { ...titles[0], kind: kindOverride };
  }
  return titles.map((title, i) => {
    const nextTitleRow = i + 1 < titles.length ? titles[i + 1].row : bounds.bottom + 1;
    const bottom = lastNonEmptyRow(grid, title.row, nextTitleRow - 1, bounds);
    const range = { top: title.row, left: bounds.left, bottom, right: bounds.right };
    return buildRegion(grid, title, range);
  });
}

interface TitleHit {
  kind: TableKind;
  row: number;
  col: number;
  text: string;
}

function findTitles(grid: SheetGrid, bounds: CellRange): TitleHit[] {
  const hits: TitleHit[] = [];
  for (let row = bounds.top; row <= bounds.bottom; row++) {
    for (let col = bounds.left; col <= bounds.right; col++) {
      const value = valueAt(grid, row, col);
      if (typeof value !== 'string') continue;
      const kind = classifyTitle(value);
      if (!kind || !looksLikeTitle(grid, row, col, value, bounds)) continue;
      // A narrative "title" mid-way through a narrative region is a heading, not a new table.
      const previous = hits[hits.length - 1];
      if (previous && previous.kind === 'narrative' && kind === 'narrative') continue;
      if (previous && isPerformanceHeading(grid, previous, { kind, row }, bounds)) continue;
      hits.push({ kind, row, col, text: value.trim() });
      break; // one title per row
    }
  }
  return hits;
}

/** Marks of a sentence, not a heading: "…，详见单位的项目绩效目标表" names a table without being one. */
const SENTENCE_RE = /[，,；;！!？?]|。./;
const REFERENCE_RE = /详见|参见|请见|具体见|见附/;
/** Other cells a title row may hold: a "单位：万元", a "预算年度：2026", an "附件2" — meta, not data. */
const COMPANION_RE = /单位|年度|\d{4}\s*年|^(附件|附表|表)\s*[\d一二三四五六七八九十-]*[:：]?$/;
const MAX_ROW_COMPANIONS = 2;

/**
 * A title looks like one: a phrase, not a sentence or a reference to another table, and (nearly)
 * alone in its row but for meta cells — a cell of a table row or a paragraph that ends in "…绩效目标表"
 * is neither.
 */
function looksLikeTitle(grid: SheetGrid, row: number, col: number, text: string, bounds: CellRange): boolean {
  // A trailing remark in brackets ("（按功能分类，单位：万元）") may hold a comma of its own.
  const half = toHalfWidth(text)
    .trim()
    .replace(/[(（][^)）]*[)）]$/, '');
  if (SENTENCE_RE.test(half) || REFERENCE_RE.test(half)) return false;
  let companions = 0;
  for (let c = bounds.left; c <= bounds.right; c++) {
    if (c === col) continue;
    const other = valueAt(grid, row, c);
    if (other === null || (typeof other === 'string' && other.trim() === '')) continue;
    if (++companions > MAX_ROW_COMPANIONS || !COMPANION_RE.test(toHalfWidth(String(other)))) return false;
  }
  return true;
}

function lastNonEmptyRow(grid: SheetGrid, top: number, bottom: number, bounds: CellRange): number {
  for (let row = bottom; row > top; row--) {
    for (let col = bounds.left; col <= bounds.right; col++) {
      const v = valueAt(grid, row, col);
      if (v !== null && !(typeof v === 'string' && v.trim() === '')) return row;
    }
  }
  return top;
}

const UNIT_RE = /(?:金额)?单位[:：]?\s*(万元|元)/;
const YEAR_RE = /(?:预算)?年度[:：]?\s*(\d{4})|(\d{4})\s*年/;
const UNIT_NAME_RE = /^(单位名称|编制单位|编制部门|填报单位|填报部门|部门名称|预算单位|主管部门|部门)[:：]\s*(.*)$/;
/** Where a name written on the same line as the unit or year ends ("编制部门：XX局    单位：万元"). */
const NAME_END_RE = /\s{2,}|(?:金额)?单位[:：]|(?:预算)?年度[:：]|\d{4}\s*年/;

function buildRegion(grid: SheetGrid, title: TitleHit, range: CellRange): TableRegion {
  const region: TableRegion = {
    kind: title.kind,
    sheet: grid.name,
    title: { value: title.text, row: title.row, col: title.col },
    range,
    bodyTop: title.row + 1,
  };
  const titleYear = YEAR_RE.exec(toHalfWidth(title.text));
  if (titleYear) region.year = { value: Number(titleYear[1] ?? titleYear[2]), row: title.row, col: title.col };
  // "…支出表（单位：万元）": some publishers put the unit in the title instead of a meta row.
  const titleUnit = UNIT_RE.exec(toHalfWidth(title.text));
  if (titleUnit) region.unit = { value: titleUnit[1] as MoneyUnit, row: title.row, col: title.col };

  const metaBottom = Math.min(range.bottom, title.row + META_ROWS);
  let pendingLabel: Located<string> | undefined;
  for (let row = title.row + 1; row <= metaBottom; row++) {
    let isMetaRow = false;
    let rowHasOther = false;
    for (let col = range.left; col <= range.right; col++) {
      const raw = valueAt(grid, row, col);
      if (typeof raw !== 'string' && typeof raw !== 'number') continue;
      const text = toHalfWidth(String(raw)).trim();
      if (!text) continue;
      const unit = UNIT_RE.exec(text);
      const year = /年度|年$|^\d{4}年/.test(text) ? YEAR_RE.exec(text) : null;
      const named = UNIT_NAME_RE.exec(text);
      if (unit) region.unit ??= { value: unit[1] as MoneyUnit, row, col };
      if (year) region.year ??= { value: Number(year[1] ?? year[2]), row, col };
      if (named) {
        const name = cleanUnitName(named[2].split(NAME_END_RE)[0]);
        if (name) region.unitName ??= { value: name, row, col };
        else pendingLabel = { value: named[1], row, col };
      } else if (!unit && !year && looksLikeUnitName(text)) {
        // "编制部门：" | "XX局": the name may sit in the cell after its label.
        region.unitName ??= { value: cleanUnitName(text), row, col: pendingLabel?.col ?? col };
        pendingLabel = undefined;
      }
      if (unit || year || named || looksLikeUnitName(text)) isMetaRow = true;
      else rowHasOther = true;
    }
    if (isMetaRow && !rowHasOther) region.bodyTop = row + 1;
    else break;
  }
  if (pendingLabel && !region.unitName) region.blankUnitName = pendingLabel;
  return region;
}

/** "224中共平乡县委网络安全和信息化委员会办公室" — an organ's name, possibly prefixed by its code. */
function looksLikeUnitName(text: string): boolean {
  const key = labelKey(text);
  return (
    /^\d{0,9}[\u4e00-\u9fa5（）()]{4,40}$/.test(key) &&
    /(委员会|办公室|局|委|厅|部|院|中心|所|站|队|会|馆|处|科|社|校|府|室|办)$/.test(key)
  );
}

function cleanUnitName(text: string): string {
  return labelKey(text).replace(/^\d+/, '');
}
