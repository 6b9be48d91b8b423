/** Identities within one row: 合计 = 基本 + 项目 (+ …), 合计 = 人员 + 公用, 合计 = 本年收入小计 + 上年结转 … */
import type { AmountCell, AmountRole, BudgetColumn, RoleAmounts } from '../../../tables/budget/model';
import { FISCAL_SOURCES, OTHER_SOURCES, ROLE_LABELS } from '../../../tables/budget/vocabulary';
import type { Identity } from './types';

const EXPENDITURE_PARTS: AmountRole[] = ['basic', 'project', 'business', 'remit', 'subsidy'];

/**
 * [target role, term roles] pairs that hold in every row of a table with these columns, read from
 * the roles alone (a 预算 or 决算 table alike): spending by purpose, by economic class, or money by source.
 */
export function rowEquations(columns: readonly BudgetColumn[]): [AmountRole, AmountRole[]][] {
  const has = new Set(columns.map((c) => c.role));
  const present = (roles: readonly AmountRole[]) => roles.filter((r) => has.has(r));
  if (!has.has('total')) return [];
  if (has.has('basic') && has.has('project')) return [['total', present(EXPENDITURE_PARTS)]];
  if (has.has('personnel') && has.has('public')) return [['total', ['personnel', 'public']]];
  const out: [AmountRole, AmountRole[]][] = [];
  // 财政拨款 may be one column or split into its three funds; never count both.
  const fiscal: AmountRole[] = has.has('fiscal') ? ['fiscal'] : present(FISCAL_SOURCES);
  const sources = [...fiscal, ...present(OTHER_SOURCES)];
  if (has.has('fiscal') && present(FISCAL_SOURCES).length > 0) out.push(['fiscal', present(FISCAL_SOURCES)]);
  if (has.has('subtotal')) {
    out.push(['total', present(['subtotal', 'carryover'])]);
    if (sources.length > 0) out.push(['subtotal', sources]);
  } else if (sources.length > 0) out.push(['total', [...sources, ...present(['carryover'])]]);
  return out;
}

interface RowCheck {
  target: AmountRole;
  terms: AmountRole[];
  /** The message's tail after the row's name. */
  says: string;
}

/**
 * Every row of a table shares its equations; a memo keyed by the columns array (one per table, or
 * per side of a 收支总表) derives them once per table instead of once per row.
 */
const checkMemo = new WeakMap<readonly BudgetColumn[], RowCheck[]>();

function rowChecks(columns: readonly BudgetColumn[]): RowCheck[] {
  let checks = checkMemo.get(columns);
  if (!checks) {
    // A role read from two columns (财政拨款结转 and 非财政拨款结转结余) makes the row ambiguous: skip it.
    const duplicated = (role: AmountRole) => columns.filter((c) => c.role === role).length > 1;
    checks = rowEquations(columns)
      .filter(([target, terms]) => ![target, ...terms].some(duplicated))
      .map(([target, terms]) => ({
        target,
        terms,
        says: `的“${ROLE_LABELS[target]}”应等于${terms.map((r) => `“${ROLE_LABELS[r]}”`).join('+')}`,
      }));
    checkMemo.set(columns, checks);
  }
  return checks;
}

export function rowIdentities(
  sheet: string,
  amounts: RoleAmounts,
  rowName: string,
  columns: readonly BudgetColumn[],
): Identity[] {
  const out: Identity[] = [];
  for (const check of rowChecks(columns)) {
    const target = amounts[check.target];
    const terms = check.terms.map((r) => amounts[r]).filter((c): c is AmountCell => c !== undefined);
    if (!target || terms.length === 0) continue;
    out.push({ family: 'columns', sheet, target, terms, what: `${rowName}${check.says}` });
  }
  return out;
}
