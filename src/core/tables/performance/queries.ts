/** Questions rules ask of a project model: its cost indicators, its span of years, this year's money. */
import { toHalfWidth } from '../../parse/normalize';
import { roundingToleranceFen } from '../../parse/amount';
import type { MoneyUnit } from '../../parse/amount';
import type { FundsAmounts, IndicatorRow, MoneyCell, ProjectPerformanceTable } from './model';
import type { Level2Id } from './taxonomy';
import { COST_LEVEL2 } from './taxonomy';

/** 社会成本 and 生态环境成本 (上海, 财政部 2021) often measure a burden, not money ("无", "≤5%"). */
const NON_MONEY_COSTS: readonly Level2Id[] = ['social-cost', 'ecological-cost'];

/**
 * The cost indicators that carry a value, top to bottom; a social or ecological cost only when it
 * is an amount, so its "无" does not hide the money costs from the sums.
 */
export function costRows(table: ProjectPerformanceTable): IndicatorRow[] {
  return (table.indicators?.rows ?? []).filter((r) => {
    const id = r.level2?.id;
    if (!id || !COST_LEVEL2.includes(id) || r.value.kind === 'empty') return false;
    return !NON_MONEY_COSTS.includes(id) || (r.value.kind === 'quantity' && r.value.amount !== undefined);
  });
}

/** Σ of the cost indicators in 分 when every one of them is an amount; null otherwise or when there are none. */
export function costAmountTotal(table: ProjectPerformanceTable): number | null {
  const rows = costRows(table);
  if (rows.length === 0) return null;
  let sum = 0;
  for (const row of rows) {
    if (row.value.kind !== 'quantity' || !row.value.amount) return null;
    sum += row.value.amount.fen;
  }
  return sum;
}

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

/**
 * The money this project asks for this year, in 分: the annual total when the sheet states one, the
 * only total or the cost indicators' sum when the project runs one year; null when only a
 * multi-year figure is known (项目资金总额 is never this year's request).
 */
export function annualAmount(table: ProjectPerformanceTable): { fen: number; cell: MoneyCell | null } | null {
  const total = table.funds?.total;
  if (total && total.fen !== null && (table.funds!.span === 'annual' || !isMultiYear(table)))
    return { fen: total.fen, cell: total };
  if (total && total.fen !== null) return null;
  const costs = isMultiYear(table) ? null : costAmountTotal(table);
  return costs === null ? null : { fen: costs, cell: null };
}

/**
 * The sources a funds column is made of (财政拨款, 上年结转资金, 其他资金), or null when they cannot be
 * added up: no readable 财政拨款, or an unreadable part (#REF!, text — structure/invalid-cell's finding).
 */
export function fundsSources(amounts: FundsAmounts): MoneyCell[] | null {
  const { fiscal, other, carryover } = amounts;
  if (!fiscal || fiscal.fen === null || other?.invalid || carryover?.invalid) return null;
  return [fiscal, carryover ?? null, other].filter((c) => c !== null);
}

/** Whether a column's total equals its sources within rounding; true when that cannot be told. */
export function fundsAddUp(amounts: FundsAmounts, unit: MoneyUnit): boolean {
  const sources = fundsSources(amounts);
  if (!sources || !amounts.total || amounts.total.fen === null) return true;
  const sum = sources.reduce((s, c) => s + (c.fen ?? 0), 0);
  return Math.abs(sum - amounts.total.fen) <= roundingToleranceFen(unit) * sources.length;
}
