/** What the pane's header says about a workbook: unit name, budget year and money units found in its tables. */
import type { SheetGrid } from '../../core/grid/types';
import { findRegions } from '../../core/recognize/region';

export interface WorkbookMeta {
  unitName?: string;
  year?: number;
  units: string[];
}

export function describeWorkbook(grids: readonly SheetGrid[]): WorkbookMeta {
  const years = new Map<number, number>();
  const units = new Set<string>();
  let unitName: string | undefined;
  for (const grid of grids) {
    for (const region of findRegions(grid)) {
      if (region.year) years.set(region.year.value, (years.get(region.year.value) ?? 0) + 1);
      if (region.unit) units.add(region.unit.value);
      unitName ??= region.unitName?.value;
    }
  }
  // The year most tables state; a stray year in one title should not win.
  const year = [...years.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  return { unitName, year, units: [...units] };
}
