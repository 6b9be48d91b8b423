/**
 * Reads the indicator block of a 绩效目标 region: the header row (一级指标 | 二级指标 | 三级指标 |
 * 绩效指标描述 | 指标值 | 指标值确定依据), then one row per indicator with its 一级/二级 taken from merged
 * cells (or carried down), until 综合评定等级 or the end of the region.
 */
import { isEmptyValue, mergeContaining, mergedValueAt, numberFormatAt, textAt, valueAt } from '../../grid/access';
import type { SheetGrid } from '../../grid/types';
import { parseIndicatorValue } from '../../parse/indicator';
import { labelKey } from '../../parse/normalize';
import { textMemo } from '../../parse/textMemo';
import type { CellRange } from '../../grid/types';
import type { CategoryLabel, IndicatorBlock, IndicatorCategory, IndicatorColumns, IndicatorRow } from './model';
import { classifyLevel1, classifyLevel2, splitMark } from './taxonomy';
import type { Level1Id, Level2Id, RequirementMark } from './taxonomy';

type HeaderPart = Exclude<keyof IndicatorColumns, 'valueInPercent'>;

/**
 * What a header cell names, by its words rather than an exact pattern: "年度(/项目)指标值" and
 * "指标值（%）" are values, "指标值确定依据" a basis, "三级指标名称" a 三级. Null for other words
 * (a "绩效指标" label column, 序号).
 */
function headerPart(key: string): HeaderPart | null {
  if (key === '' || key.length > 20) return null;
  if (/依据/.test(key)) return /指标值|目标值/.test(key) ? 'basis' : null;
  if (/一级指标|^一级$/.test(key)) return 'level1';
  if (/二级指标|^二级$/.test(key)) return 'level2';
  if (/三级指标|^三级$|^(绩效)?指标名称$/.test(key)) return 'level3';
  if (/^(绩效)?指标(描述|内容|解释|说明)$/.test(key)) return 'description';
  if (/指标值|目标值/.test(key) && !/(描述|说明|解释)$/.test(key)) return 'value';
  return null;
}

/**
 * The indicator header: the first row whose cells (their own or continued from a merge above, so a
 * header on two rows counts) name an 一级, a 二级 and a 指标值 column. Merged header cells ("三级指标"
 * over D:F, "年度指标值" over G:H) count at their left column; among several value columns the year's
 * ("年度指标值" beside "项目指标值") wins. `row` is the header's last row: the indicators start below it.
 */
export function findIndicatorHeader(
  grid: SheetGrid,
  range: CellRange,
): { row: number; columns: IndicatorColumns } | null {
  for (let row = range.top; row <= range.bottom; row++) {
    const found: Partial<IndicatorColumns> = {};
    let valueScore = -1;
    let bottom = row;
    for (let col = range.left; col <= range.right; col++) {
      const merge = mergeContaining(grid, row, col);
      if (merge && merge.left !== col) continue; // counted at the merge's left column
      const value = mergedValueAt(grid, row, col);
      if (typeof value !== 'string') continue;
      const key = labelKey(value);
      const part = headerPart(key);
      if (!part) continue;
      if (merge) bottom = Math.max(bottom, merge.bottom);
      if (part === 'value') {
        const score = /年度/.test(key) ? 1 : 0;
        if (score <= valueScore) continue;
        valueScore = score;
        found.value = col;
        // "指标值（%）" declares percentages; "指标值（包含数字及文字描述）" only explains the column.
        found.valueInPercent = key.endsWith('(%)') || undefined;
      } else found[part] ??= col;
    }
    if (found.level1 !== undefined && found.level2 !== undefined && found.value !== undefined) {
      if (found.valueInPercent === undefined) delete found.valueInPercent;
      const level3 = found.level3 ?? found.description ?? found.level2 + 1;
      return { row: bottom, columns: { ...found, level3 } as IndicatorColumns };
    }
  }
  return null;
}

const PREFIX_RE = /^指标\s*(\d+)\s*[:：]\s*/;

/** "指标1: 指标2:" → numbers [1, 2], name ""; "指标1: 开展宣传" → [1], "开展宣传". */
function splitNumbering(text: string): { numbers: number[]; name: string } {
  const numbers: number[] = [];
  let rest = text.trim();
  for (let m = PREFIX_RE.exec(rest); m; m = PREFIX_RE.exec(rest)) {
    numbers.push(Number(m[1]));
    rest = rest.slice(m[0].length).trim();
  }
  return { numbers, name: rest };
}

export function readIndicatorBlock(grid: SheetGrid, range: CellRange): IndicatorBlock | null {
  const header = findIndicatorHeader(grid, range);
  if (!header) return null;
  const { columns } = header;
  const rows: IndicatorRow[] = [];
  let level1: IndicatorRow['level1'] = null;
  let level2: IndicatorRow['level2'] = null;
  let bottom = header.row;
  for (let row = header.row + 1; row <= range.bottom; row++) {
    const l1 = labelAt(grid, row, columns.level1, 'level1');
    const l2 = labelAt(grid, row, columns.level2, 'level2');
    // 综合评定等级 and notes under the table: neither an 一级 nor a 二级 label, and not a blank row.
    if ((l1 && !l1.id && !l2?.id) || isFooter(grid, row, range)) break;
    if (l1) level1 = l1;
    if (l2) level2 = l2;
    if (!l1 && !l2 && isRowEmpty(grid, row, range)) continue;
    const indicator = readRow(grid, row, columns, level1, level2);
    const carried = [
      ...(!l1 && !mergeContaining(grid, row, columns.level1) ? (['level1'] as const) : []),
      ...(!l2 && !mergeContaining(grid, row, columns.level2) ? (['level2'] as const) : []),
    ];
    if (carried.length > 0) indicator.carried = carried;
    rows.push(indicator);
    bottom = row;
  }
  return { headerRow: header.row, columns, rows, categories: groupCategories(rows), bottom };
}

/** What a label's text says: its 必填/选填 mark and the 一级/二级 category it names. */
interface LabelReading {
  mark: RequirementMark | null;
  level1: Level1Id | null;
  level2: Level2Id | null;
}

/** Each distinct label text is read once: merged and repeated labels recur row after row and block after block. */
const readLabel = textMemo((text): LabelReading => ({
  mark: splitMark(text).mark,
  level1: classifyLevel1(text),
  level2: classifyLevel2(text),
}));

/** The label shown at a cell (its own value, or its merged area's when the area starts above) and what it names. */
function labelAt<L extends 'level1' | 'level2'>(
  grid: SheetGrid,
  row: number,
  col: number,
  level: L,
): (CategoryLabel & { id: LabelReading[L] }) | null {
  const merge = mergeContaining(grid, row, col);
  const at = merge ? { row: merge.top, col: merge.left } : { row, col };
  const value = valueAt(grid, at.row, at.col);
  if (isEmptyValue(value)) return null;
  const text = String(value).trim();
  const reading = readLabel(text);
  // Written out rather than spread: V8 copies a spread source on a slow path (3 µs a label here).
  const label: CategoryLabel & { id: LabelReading[L] } = {
    row: at.row,
    col: at.col,
    text,
    mark: reading.mark,
    id: reading[level],
  };
  if (merge && merge.bottom > merge.top) label.merged = true;
  return label;
}

function readRow(
  grid: SheetGrid,
  row: number,
  columns: IndicatorColumns,
  level1: IndicatorRow['level1'],
  level2: IndicatorRow['level2'],
): IndicatorRow {
  const { numbers, name } = splitNumbering(textAt(grid, row, columns.level3));
  const raw = valueAt(grid, row, columns.value);
  const result: IndicatorRow = {
    row,
    level1,
    level2,
    name,
    nameCell: { row, col: columns.level3 },
    numbers,
    value: parseIndicatorValue(raw, numberFormatAt(grid, row, columns.value), columns.valueInPercent),
    valueCell: { row, col: columns.value },
    valueText: textAt(grid, row, columns.value).trim(),
  };
  if (columns.description !== undefined && columns.description !== columns.level3)
    result.description = { row, col: columns.description, text: textAt(grid, row, columns.description).trim() };
  if (columns.basis !== undefined)
    result.basis = { row, col: columns.basis, text: textAt(grid, row, columns.basis).trim() };
  return result;
}

function groupCategories(rows: IndicatorRow[]): IndicatorCategory[] {
  const categories: IndicatorCategory[] = [];
  for (const row of rows) {
    const previous = categories[categories.length - 1];
    const label = row.level2;
    if (previous && label && previous.label.row === label.row && previous.label.col === label.col) {
      previous.rows.push(row);
    } else if (previous && label && sameText(previous.label.text, label.text) && sameLevel1(previous, row)) {
      previous.rows.push(row); // the same 二级 repeated cell by cell instead of merged
    } else if (label) {
      categories.push({
        level1: row.level1?.id ?? null,
        level2: label.id,
        label: { row: label.row, col: label.col, text: label.text },
        mark: label.mark,
        rows: [row],
      });
    }
  }
  return categories;
}

function sameText(a: string, b: string): boolean {
  return labelKey(a) === labelKey(b);
}

function sameLevel1(category: IndicatorCategory, row: IndicatorRow): boolean {
  return category.level1 === (row.level1?.id ?? null);
}

function isRowEmpty(grid: SheetGrid, row: number, range: CellRange): boolean {
  for (let col = range.left; col <= range.right; col++) if (!isEmptyValue(valueAt(grid, row, col))) return false;
  return true;
}

function isFooter(grid: SheetGrid, row: number, range: CellRange): boolean {
  const first = labelKey(textAt(grid, row, range.left));
  return /^(综合评定等级|备注|注[:：]|填报说明|说明[:：])/.test(first);
}
