/** Whether a project spans several years, and whether two goal texts say the same thing. */
import { labelKey, toHalfWidth } from '../../parse/normalize';
import type { ProjectPerformanceTable } from '../../tables/performance/model';

/** Years and spans that name a multi-year project: "2025-01-01" … "2027-12-31", "三年期", "跨年度". */
const MULTI_YEAR_WORDS_RE = /跨年|多年|中长期|(?<!\d)[2-9两三四五]\s*年(?!度)|\d{4}\s*[-—~至到]\s*\d{4}/;

/**
 * A project runs over several years when its planned dates fall in different years, its 项目期 or
 * 项目性质 says so, or its whole-project 项目资金总额 exceeds this year's request.
 */
export function isMultiYear(table: ProjectPerformanceTable): boolean {
  const { start, end, period, attribute } = table.facts;
  const startYear = yearOf(start?.text);
  const endYear = yearOf(end?.text);
  if (startYear !== null && endYear !== null) return endYear > startYear;
  if ([period, attribute].some((f) => f && MULTI_YEAR_WORDS_RE.test(toHalfWidth(f.text)))) return true;
  const whole = table.funds?.project?.total?.fen;
  const annual = table.funds?.span === 'annual' ? table.funds.total?.fen : null;
  return whole !== null && whole !== undefined && annual !== null && annual !== undefined && whole > annual;
}

/** The year of "2025-01-01", "2025年1月", or of a date cell read as its serial number (45658). */
function yearOf(text: string | undefined): number | null {
  const half = text ? toHalfWidth(text).trim() : '';
  if (/^\d{5}(\.\d+)?$/.test(half))
    return new Date(Date.UTC(1899, 11, 30) + Number(half) * 86_400_000).getUTCFullYear();
  const match = /(\d{4})/.exec(half);
  return match ? Number(match[1]) : null;
}

/** Equal after dropping spaces and punctuation: a copy, not a restatement. */
export function sameGoal(a: string, b: string): boolean {
  const norm = (text: string) => labelKey(text).replace(/[，,。.;；:：、!！?？()（）"']/g, '');
  const left = norm(a);
  return left.length > 0 && left === norm(b);
}
