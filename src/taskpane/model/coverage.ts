/**
 * Which sheets with content went unchecked: the pane may show its green "未发现问题" only when this is
 * empty (DESIGN §3 "Recognition is never silent"). The engine marks them in the Report; empty sheets,
 * sheets the user chose to skip and hidden stale copies of visible tables are not among them.
 */
import type { Report } from '../../core/report/types';

export function uncheckedSheets(report: Report): string[] {
  return report.skipped.filter((s) => s.unchecked).map((s) => s.sheet);
}
