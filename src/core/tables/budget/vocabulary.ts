/**
 * The one home of the money tables' words: column-role names, income sources and "三公" item names,
 * as messages print them. Everything that names a role, a source or a 三公 item imports it from here.
 */
import { INCOME_SOURCES } from './model';
import type { AmountRole, IncomeSource, ThreePublicItem } from './model';

/** zh-CN names of the amount columns ("部门收入总表 合计行财政拨款收入"). */
export const ROLE_LABELS: Record<AmountRole, string> = {
  total: '合计',
  subtotal: '本年收入小计',
  basic: '基本支出',
  project: '项目支出',
  business: '经营收支',
  remit: '上解上级支出',
  subsidy: '对附属单位补助支出',
  personnel: '人员经费',
  public: '公用经费',
  fiscal: '财政拨款收入',
  general: '一般公共预算',
  fund: '政府性基金预算',
  capital: '国有资本经营预算',
  special: '财政专户管理资金',
  institution: '事业收入',
  superior: '上级补助收入',
  affiliated: '附属单位上缴收入',
  other: '其他收入',
  carryover: '上年结转',
  closing: '年末结转和结余',
};

/** The three 财政拨款 sources (funds), each with its own expenditure table. */
export const FISCAL_SOURCES = ['general', 'fund', 'capital'] as const satisfies readonly IncomeSource[];
export type FiscalSource = (typeof FISCAL_SOURCES)[number];

export function isFiscalSource(source: IncomeSource | undefined): source is FiscalSource {
  return (FISCAL_SOURCES as readonly (IncomeSource | undefined)[]).includes(source);
}

/** Every income source that is not 财政拨款 of the year. */
export const OTHER_SOURCES = INCOME_SOURCES.filter((source) => !isFiscalSource(source));

/** zh-CN names of the income sources, as a 收支总表 line names them. */
export const SOURCE_LABELS: Record<IncomeSource, string> = {
  general: '一般公共预算',
  fund: '政府性基金预算',
  capital: '国有资本经营预算',
  special: '财政专户管理资金收入',
  institution: '事业收入',
  business: '事业单位经营收入',
  superior: '上级补助收入',
  affiliated: '附属单位上缴收入',
  other: '其他收入',
};

/** zh-CN names of the "三公" table's items. */
export const THREE_PUBLIC_LABELS: Record<ThreePublicItem, string> = {
  total: '合计',
  abroad: '因公出国（境）费',
  vehicle: '公务用车购置及运行维护费',
  'vehicle-purchase': '公务用车购置费',
  'vehicle-operation': '公务用车运行维护费',
  reception: '公务接待费',
  'operating-costs': '机关运行经费',
};
