/** The arithmetic identities of the budget tables: one list that every sum/* rule and sum/rounding consume. */
import type { AmountCell } from '../../../tables/budget/model';

/** Which strict rule owns an identity when it fails beyond rounding. */
export type IdentityFamily = 'hierarchy' | 'total-row' | 'columns' | 'balance';

export interface Identity {
  family: IdentityFamily;
  sheet: string;
  /** The cell that should equal the sum of `terms` (the one a finding marks). */
  target: AmountCell;
  terms: AmountCell[];
  /** Cells subtracted from the terms' sum (年末结转和结余 = 年初 + 本年收入 − 本年支出). */
  less?: AmountCell[];
  /** zh-CN: what the target is and what it should equal ("科目 201（一般公共服务支出）的“合计”应等于下级科目之和"). */
  what: string;
}
