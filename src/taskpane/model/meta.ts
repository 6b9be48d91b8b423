/** What the pane's header says about a workbook: unit name, budget year and money units found in its tables. */
import type { Report } from '../../core/report/types';

export interface WorkbookMeta {
  unitName?: string;
  year?: number;
  units: string[];
}

/** Read from the report's tables, so a sheet whose recognition failed inside the engine cannot break the pane. */
export function describeWorkbook(report: Report): WorkbookMeta {
  const years = new Map<number, number>();
  const units = new Set<string>();
  let unitName: string | undefined;
  for (const table of report.tables) {
    if (table.year !== undefined) years.set(table.year, (years.get(table.year) ?? 0) + 1);
    if (table.unit) units.add(table.unit);
    unitName ??= table.unitName;
  }
  // The year most tables state; a stray year in one title should not win.
  const year = [...years.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  return { unitName, year, units: [...units] };
}
