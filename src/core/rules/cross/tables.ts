/** Reading the quantities the cross-table identities compare out of the budget table models. */
import type {
  AmountRole,
  ThreePublicItem,
  CodeTable,
  CodeTableKind,
  IncomeSource,
  SummaryLine,
  SummarySide,
  SummaryTable,
  SummaryTableKind,
} from '../../tables/budget/model';
import { KIND_LABELS } from '../../tables/kinds';
import type { Quantity } from './quantity';
import { cellQuantity, emptyTableQuantity } from './quantity';

/** zh-CN names of the amount columns, for labels ("部门收入总表 合计行 财政拨款收入"). */
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

/** The 合计 row's amount in a role column; an empty table (空表列示) states 0 for every column. */
export function totalQuantity<K extends CodeTableKind>(table: CodeTable<K>, role: AmountRole): Quantity | null {
  const label = `${KIND_LABELS[table.kind]} 合计行${ROLE_LABELS[role]}`;
  if (table.totalRow) return cellQuantity(table, table.totalRow.amounts[role], label);
  return table.hasAmounts ? null : emptyTableQuantity(table, label);
}

/** Whether the table has a column of this role (or is empty, where every column reads 0). */
export function hasRole<K extends CodeTableKind>(table: CodeTable<K>, role: AmountRole): boolean {
  return !table.hasAmounts || table.columns.some((c) => c.role === role);
}

/** A line of a 收支总表 side in one of its amount columns. */
export function lineQuantity<K extends SummaryTableKind>(
  table: SummaryTable<K>,
  line: SummaryLine | null | undefined,
  role: AmountRole = 'total',
): Quantity | null {
  if (!line) return null;
  const column = role === 'total' ? '' : ROLE_LABELS[role];
  return cellQuantity(table, line.amounts[role], `${KIND_LABELS[table.kind]} ${line.name}${column}`);
}

/** The top-level income line of a source ("一、一般公共预算拨款收入" → general). */
export function sourceLine(side: SummarySide, source: IncomeSource): SummaryLine | undefined {
  return side.lines.find((line) => line.depth === 0 && line.source === source);
}

/** The amount of an income or carry-over line as 分, empty = 0; undefined when the line is unreadable. */
export function lineFen(line: SummaryLine | null | undefined): number | undefined {
  const cell = line?.amounts.total;
  if (!cell || cell.invalid) return undefined;
  return cell.fen ?? 0;
}
