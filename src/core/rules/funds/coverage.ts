/** What funds/* rules share about coverage: the 情况说明's claims and this workbook's project money. */
import { coverageClaims } from '../../narrative/coverage';
import type { CoverageClaim } from '../../narrative/coverage';
import type { ProjectPerformanceTable } from '../../tables/performance/model';
import { annualAmount } from '../../tables/performance/queries';
import type { WorkbookContext } from '../types';

export interface PlacedCoverageClaim extends CoverageClaim {
  sheet: string;
  row: number;
  col: number;
}

/** Every coverage claim of every narrative table, with the cell of its paragraph. */
export function workbookCoverageClaims(workbook: WorkbookContext): PlacedCoverageClaim[] {
  return workbook
    .tablesOf('narrative')
    .flatMap((table) =>
      table.paragraphs.flatMap((p) =>
        coverageClaims([p.text]).map((c) => ({ ...c, sheet: table.sheet, row: p.row, col: p.col })),
      ),
    );
}

/** Σ of this year's money of the projects in 分 (fiscal part or whole); null when one of them is unknown. */
export function projectsAmount(projects: readonly ProjectPerformanceTable[], fiscal: boolean): number | null {
  let sum = 0;
  for (const project of projects) {
    const fen = fiscal ? fiscalAmount(project) : annualAmount(project)?.fen;
    if (fen === null || fen === undefined) return null;
    sum += fen;
  }
  return sum;
}

function fiscalAmount(project: ProjectPerformanceTable): number | null {
  const funds = project.funds;
  if (!funds || !annualAmount(project)) return null;
  return funds.fiscal?.fen ?? null;
}
