/**
 * When a title-like line inside a 绩效目标 region is only a heading or subtitle, not a new table:
 * "附件2：…绩效目标表" over "部门项目支出预算绩效目标表", a "…情况说明" heading inside 部门整体绩效目标,
 * and a "部门整体绩效目标" section of a 情况说明 that has no indicator table of its own.
 */
import { isEmptyValue, valueAt } from '../../grid/access';
import type { CellRange, SheetGrid } from '../../grid/types';
import type { TableKind } from '../kinds';
import { findIndicatorHeader } from './indicators';

/** How far below a 部门整体绩效目标 heading its indicator table may start. */
const DEPARTMENT_TABLE_REACH = 30;

export function isPerformanceHeading(
  grid: SheetGrid,
  previous: { kind: TableKind; row: number },
  next: { kind: TableKind; row: number },
  bounds: CellRange,
): boolean {
  if (previous.kind === next.kind && next.kind.startsWith('performance.'))
    return rowsBlank(grid, previous.row + 1, next.row - 1, bounds);
  if (previous.kind === 'performance.department' && next.kind === 'narrative') return true;
  if (previous.kind === 'narrative' && next.kind === 'performance.department') {
    const reach = { ...bounds, top: next.row, bottom: Math.min(bounds.bottom, next.row + DEPARTMENT_TABLE_REACH) };
    return findIndicatorHeader(grid, reach) === null;
  }
  return false;
}

function rowsBlank(grid: SheetGrid, top: number, bottom: number, bounds: CellRange): boolean {
  for (let row = top; row <= bottom; row++)
    for (let col = bounds.left; col <= bounds.right; col++) if (!isEmptyValue(valueAt(grid, row, col))) return false;
  return true;
}
