/** The budget year the tables state, which tells this year's amounts in a 情况说明 from last year's. */
import type { WorkbookContext } from '../types';

/** The year of the first table that states one (预算年度：2023), if any. */
export function budgetYearOf(workbook: WorkbookContext): number | undefined {
  return workbook.tables.find((t) => t.region.year)?.region.year?.value;
}
