/** Identities within one row: 合计 = 基本 + 项目 (+ …), 合计 = 人员 + 公用, 合计 = 本年收入小计 + 上年结转 … */
import type { AmountCell, AmountRole, BudgetColumn, RoleAmounts } from '../../../tables/budget/model';
import type { TableKind } from '../../../tables/kinds';
import type { Identity } from './types';

const ROLE_NAMES: Partial<Record<AmountRole, string>> = {
  total: '合计',
  subtotal: '本年收入小计',
  basic: '基本支出',
  project: '项目支出',
  business: '经营',
  remit: '上解上级支出',
  subsidy: '对附属单位补助支出',
  personnel: '人员经费',
  public: '公用经费',
  fiscal: '财政拨款',
  general: '一般公共预算',
  fund: '政府性基金',
  capital: '国有资本经营',
  special: '财政专户',
  institution: '事业收入',
  superior: '上级补助收入',
  affiliated: '附属单位上缴收入',
  other: '其他收入',
  carryover: '上年结转',
};

const EXPENDITURE_PARTS: AmountRole[] = ['basic', 'project', 'business', 'remit', 'subsidy'];
const FISCAL_PARTS: AmountRole[] = ['general', 'fund', 'capital'];
const OTHER_SOURCES: AmountRole[] = ['special', 'institution', 'business', 'superior', 'affiliated', 'other'];

/** [target role, term roles] pairs that hold in every row of a table of `kind` with these columns. */
export function rowEquations(kind: TableKind, columns: readonly BudgetColumn[]): [AmountRole, AmountRole[]][] {
  const has = new Set(columns.map((c) => c.role));
  const present = (roles: AmountRole[]) => roles.filter((r) => has.has(r));
  const out: [AmountRole, AmountRole[]][] = [];
  if (!has.has('total')) return out;
  if (kind === 'budget.general-basic') {
    if (has.has('personnel') && has.has('public')) out.push(['total', ['personnel', 'public']]);
  } else if (kind === 'budget.income') {
    // 财政拨款 may be one column or split into its three sources; never count both.
    const fiscal = has.has('fiscal') ? ['fiscal' as const] : present(FISCAL_PARTS);
    const sources = [...fiscal, ...present(OTHER_SOURCES)];
    if (has.has('fiscal') && present(FISCAL_PARTS).length > 0) out.push(['fiscal', present(FISCAL_PARTS)]);
    if (has.has('subtotal')) {
      out.push(['total', present(['subtotal', 'carryover'])]);
      if (sources.length > 0) out.push(['subtotal', sources]);
    } else if (sources.length > 0) out.push(['total', [...sources, ...present(['carryover'])]]);
  } else if (kind === 'budget.procurement' || kind === 'budget.fiscal-summary' || kind === 'budget.three-public') {
    const sources = present([...FISCAL_PARTS, 'special', 'other', 'carryover']);
    if (sources.length > 1) out.push(['total', sources]);
  } else if (has.has('basic') && has.has('project')) {
    out.push(['total', present(EXPENDITURE_PARTS)]);
  }
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
const checkMemo = new WeakMap<readonly BudgetColumn[], Map<TableKind, RowCheck[]>>();

function rowChecks(kind: TableKind, columns: readonly BudgetColumn[]): RowCheck[] {
  let byKind = checkMemo.get(columns);
  if (!byKind) checkMemo.set(columns, (byKind = new Map()));
  let checks = byKind.get(kind);
  if (!checks) {
    // A role read from two columns (财政拨款结转 and 非财政拨款结转结余) makes the row ambiguous: skip it.
    const duplicated = (role: AmountRole) => columns.filter((c) => c.role === role).length > 1;
    checks = rowEquations(kind, columns)
      .filter(([target, terms]) => ![target, ...terms].some(duplicated))
      .map(([target, terms]) => ({
        target,
        terms,
        says: `的“${ROLE_NAMES[target]}”应等于${terms.map((r) => `“${ROLE_NAMES[r]}”`).join('+')}`,
      }));
    byKind.set(kind, checks);
  }
  return checks;
}

/**
 * A row identity whose description is written only when read: a large workbook has hundreds of
 * thousands of them and nearly all hold, so most descriptions would never be shown.
 */
class RowIdentity implements Identity {
  readonly family = 'columns';
  constructor(
    readonly sheet: string,
    readonly target: AmountCell,
    readonly terms: AmountCell[],
    private readonly rowName: string | (() => string),
    private readonly says: string,
  ) {}

  get what(): string {
    return `${typeof this.rowName === 'string' ? this.rowName : this.rowName()}${this.says}`;
  }
}

/** `rowName` may be a function, called only if a description is needed. */
export function rowIdentities(
  kind: TableKind,
  sheet: string,
  amounts: RoleAmounts,
  rowName: string | (() => string),
  columns: readonly BudgetColumn[],
): Identity[] {
  const out: Identity[] = [];
  for (const check of rowChecks(kind, columns)) {
    const target = amounts[check.target];
    const terms: AmountCell[] = [];
    for (const role of check.terms) {
      const cell = amounts[role];
      if (cell !== undefined) terms.push(cell);
    }
    if (!target || terms.length === 0) continue;
    out.push(new RowIdentity(sheet, target, terms, rowName, check.says));
  }
  return out;
}
