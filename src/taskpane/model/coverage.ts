/**
 * Which sheets with content went unchecked: the pane may show its green "未发现问题" only when this is
 * empty (DESIGN §3 "Recognition is never silent"). Empty sheets, sheets the user chose to skip and hidden
 * stale copies of visible tables are not "unchecked" — each was left out for a stated reason.
 */
import type { SheetGrid } from '../../core/grid/types';
import type { Report } from '../../core/report/types';

export function uncheckedSheets(
  report: Report,
  grids: readonly SheetGrid[],
  userSkipped: (sheet: string) => boolean,
): string[] {
  const bySheet = new Map(grids.map((g) => [g.name, g]));
  return report.skipped
    .map((s) => s.sheet)
    .filter((sheet) => {
      const grid = bySheet.get(sheet);
      if (!grid || userSkipped(sheet) || !hasContent(grid)) return false;
      return grid.visibility === undefined || grid.visibility === 'visible';
    });
}

function hasContent(grid: SheetGrid): boolean {
  return grid.values.some((row) => row.some((v) => v !== null && v !== ''));
}
