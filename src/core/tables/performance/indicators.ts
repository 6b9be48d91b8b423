/**
 * Reads the indicator block of a 绩效目标 region: the header row (一级指标 | 二级指标 | 三级指标 |
 * 绩效指标描述 | 指标值 | 指标值确定依据), then one row per indicator with its 一级/二级 taken from merged
 * cells (or carried down), until 综合评定等级 or the end of the region.
 */
import { isEmptyValue, mergeContaining, mergedValueAt, numberFormatAt, textAt, valueAt } from '../../grid/access';
import type { SheetGrid } from '../../grid/types';
import { parseIndicatorValue } from '../../parse/indicator';
import { labelKey } from '../../parse/normalize';
import type { CellRange } from '../../grid/types';
import type { CategoryLabel, IndicatorBlock, IndicatorCategory, IndicatorColumns, IndicatorRow } from './model';
import { classifyLevel1, classifyLevel2, splitMark } from './taxonomy';

export function findIndicatorHeader(
  grid: SheetGrid,
  range: CellRange,
): { row: number; columns: IndicatorColumns } | null {
  for (let row = range.top; row <= range.bottom; row++) {
    const found: Partial<IndicatorColumns> = {};
    for (let col = range.left; col <= range.right; col++) {
      const key = labelKey(textAt(grid, row, col));
      if (key === '一级指标') found.level1 ??= col;
      else if (key === '二级指标') found.level2 ??= col;
      else if (key === '三级指标') found.level3 ??= col;
      else if (key === '绩效指标描述' || key === '指标内容' || key === '指标解释') found.description ??= col;
      else if (/^(年度)?(绩效)?(指标值|目标值)(\([^)]*\))?$/.test(key)) {
        // "指标值（%）" declares percentages; "指标值（包含数字及文字描述）" only explains the column.
        found.value ??= col;
        if (key.endsWith('(%)')) found.valueInPercent = true;
      } else if (/^指标值(确定|设定)依据/.test(key)) found.basis ??= col; // "…依据及数据来源" too
    }
    if (found.level1 !== undefined && found.level2 !== undefined && found.value !== undefined) {
      const level3 = found.level3 ?? found.description ?? found.level2 + 1;
      return { row, columns: { ...found, level3 } as IndicatorColumns };
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
    const l1 = labelAt(grid, row, columns.level1);
    const l2 = labelAt(grid, row, columns.level2);
    const l1Id = l1 ? classifyLevel1(l1.text) : null;
    const l2Id = l2 ? classifyLevel2(l2.text) : null;
    // 综合评定等级 and notes under the table: neither an 一级 nor a 二级 label, and not a blank row.
    if ((l1 && !l1Id && !l2Id) || isFooter(grid, row, range)) break;
    if (l1) level1 = { ...l1, id: l1Id };
    if (l2) level2 = { ...l2, id: l2Id };
    if (!l1 && !l2 && isRowEmpty(grid, row, range)) continue;
    rows.push(readRow(grid, row, columns, level1, level2));
    bottom = row;
  }
  return { headerRow: header.row, columns, rows, categories: groupCategories(rows), bottom };
}

/** The label shown at a cell: its own value, or its merged area's when the area starts above. */
function labelAt(grid: SheetGrid, row: number, col: number): CategoryLabel | null {
  const merge = mergeContaining(grid, row, col);
  const at = merge ? { row: merge.top, col: merge.left } : { row, col };
  const value = mergedValueAt(grid, row, col);
  if (isEmptyValue(value)) return null;
  const text = String(value).trim();
  return { ...at, text, mark: splitMark(text).mark };
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
