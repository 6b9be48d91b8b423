/** Identities within one row: 合计 = 基本 + 项目 (+ …), 合计 = 人员 + 公用, 合计 = 本年收入小计 + 上年结转 … */
import type { AmountCell, AmountRole, BudgetColumn, RoleAmounts } from '../../../tables/budget/model';
import { FISCAL_SOURCES, OTHER_SOURCES, ROLE_LABELS } from '../../../tables/budget/vocabulary';
import type { IdentityCollector } from './collector';
import type { Identity } from './types';

const EXPENDITURE_PARTS: AmountRole[] = ['basic', 'project', 'business', 'remit', 'subsidy'];

/** target = Σ terms − Σ less, for every row of a table with these roles. */
export interface RowEquation {
  target: AmountRole;
  terms: AmountRole[];
  less?: AmountRole[];
}

/**
 * The equations that hold in every row of a table with these columns, read from the roles alone (a
 * 预算 or 决算 table alike): the carry-over balance, spending by purpose or economic class, money by source.
 */
export function rowEquations(columns: readonly BudgetColumn[]): RowEquation[] {
  const has = new Set(columns.map((c) => c.role));
  const present = (roles: readonly AmountRole[]) => roles.filter((r) => has.has(r));
  if (!has.has('total')) return [];
  const out: RowEquation[] = [];
  // 决算 per fund: 年初结转和结余 + 本年收入 − 本年支出 = 年末结转和结余.
  if (has.has('closing') && has.has('subtotal'))
    out.push({ target: 'closing', terms: present(['carryover', 'subtotal']), less: ['total'] });
  if (has.has('basic') && has.has('project')) return [...out, { target: 'total', terms: present(EXPENDITURE_PARTS) }];
  if (has.has('personnel') && has.has('public')) return [...out, { target: 'total', terms: ['personnel', 'public'] }];
  if (has.has('closing')) return out;
  // 财政拨款 may be one column or split into its three funds; never count both.
  const fiscal: AmountRole[] = has.has('fiscal') ? ['fiscal'] : present(FISCAL_SOURCES);
  const sources = [...fiscal, ...present(OTHER_SOURCES)];
  if (has.has('fiscal') && present(FISCAL_SOURCES).length > 0)
    out.push({ target: 'fiscal', terms: present(FISCAL_SOURCES) });
  if (has.has('subtotal')) {
    out.push({ target: 'total', terms: present(['subtotal', 'carryover']) });
    if (sources.length > 0) out.push({ target: 'subtotal', terms: sources });
  } else if (sources.length > 0) out.push({ target: 'total', terms: [...sources, ...present(['carryover'])] });
  return out;
}

interface RowCheck extends RowEquation {
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
    const named = (roles: readonly AmountRole[], sign: string) => roles.map((r) => `${sign}“${ROLE_LABELS[r]}”`);
    checks = rowEquations(columns)
      .filter(({ target, terms, less = [] }) => ![target, ...terms, ...less].some(duplicated))
      .map((equation) => ({
        ...equation,
        says: `的“${ROLE_LABELS[equation.target]}”应等于${[...named(equation.terms, '+'), ...named(equation.less ?? [], '-')].join('').slice(1)}`,
      }));
    checkMemo.set(columns, checks);
  }
  return checks;
}

/**
 * A row identity whose description is written only when read: a large workbook has hundreds of
 * thousands of them and nearly all hold, so most descriptions would never be shown.
 */
class RowIdentity<S> implements Identity {
  readonly family = 'columns';
  constructor(
    readonly sheet: string,
    readonly target: AmountCell,
    readonly terms: AmountCell[],
    readonly less: AmountCell[] | undefined,
    private readonly subject: S,
    private readonly nameOf: (subject: S) => string,
    private readonly says: string,
  ) {}

  get what(): string {
    return `${this.nameOf(this.subject)}${this.says}`;
  }
}

/** The cells of `roles` the row has, in the roles' order. */
function cellsOf(amounts: RoleAmounts, roles: readonly AmountRole[]): AmountCell[] {
  const found: AmountCell[] = [];
  for (const role of roles) {
    const cell = amounts[role];
    if (cell !== undefined) found.push(cell);
  }
  return found;
}

/** For rows named by a string as it is. */
export const nameAsIs = (name: string): string => name;

/**
 * Checks the row's identities (no list per row: a large workbook has hundreds of thousands of rows);
 * the cells are gathered and the row named (`nameOf(subject)`, no closure per row) only for one that fails.
 */
export function addRowIdentities<S>(
  collector: IdentityCollector,
  sheet: string,
  amounts: RoleAmounts,
  columns: readonly BudgetColumn[],
  subject: S,
  nameOf: (subject: S) => string,
): void {
  for (const check of rowChecks(columns)) {
    const target = amounts[check.target];
    if (!target) continue;
    const sum = collector.start();
    for (const role of check.terms) sum.add(amounts[role]);
    if (sum.terms === 0) continue;
    if (check.less) for (const role of check.less) sum.subtract(amounts[role]);
    const result = collector.settle('columns', target);
    if (!result) continue;
    const less = check.less ? cellsOf(amounts, check.less) : undefined;
    collector.fail(
      new RowIdentity(sheet, target, cellsOf(amounts, check.terms), less, subject, nameOf, check.says),
      result,
    );
  }
}
