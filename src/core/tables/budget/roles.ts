/** Column roles from header words ("本年收入/财政拨款收入" → fiscal); the last header word decides first. */
import type { AmountRole, BudgetColumn, IncomeSource } from './model';

type ColumnRole = BudgetColumn['role'];

/**
 * Whole labels that the last word alone would misread: in a 决算 balance table "本年支出/小计" is the
 * year's spending (the row's 合计 of 基本 + 项目), not the 本年收入小计 of a 收入总表.
 */
const LABEL_PATTERNS: [RegExp, ColumnRole][] = [[/(^|\/)本年支出(\/(小计|合计))?$/, 'total']];

/** Ordered: more specific words before the words they contain (上年结转 before 结转, 经营收入 before 收入). */
const ROLE_PATTERNS: [RegExp, ColumnRole][] = [
  [/^(序号|栏次|行次)$/, 'index'],
  [/^类$/, 'code-class'],
  [/^款$/, 'code-section'],
  [/^项$/, 'code-item'],
  [/编码|代码|^科目$|^(功能|经济)分类科目$|分类科目$/, 'code'],
  [/名称|^项目$|^内容$|^摘要$/, 'name'],
  [/人员经费/, 'personnel'],
  [/公用经费/, 'public'],
  [/基本支出$/, 'basic'],
  [/项目支出$/, 'project'],
  [/上解上级|上缴上级/, 'remit'],
  [/对附属单位补助/, 'subsidy'],
  [/附属单位上缴/, 'affiliated'],
  [/(年末|年终|期末).*(结转|结余)/, 'closing'],
  [/非财政拨款结转|上年结转|年初结转|结转结余|结转$/, 'carryover'],
  [/^本年收入$/, 'subtotal'],
  [/经营支出|经营收入/, 'business'],
  [/一般公共预算/, 'general'],
  [/政府性基金|基金预算/, 'fund'],
  [/国有资本经营/, 'capital'],
  [/财政专户/, 'special'],
  [/^财政拨款(收入)?(合计|小计)?$|^财政拨款$/, 'fiscal'],
  [/事业收入/, 'institution'],
  [/上级补助/, 'superior'],
  [/其他收入|单位资金|其他资金/, 'other'],
  [/小计/, 'subtotal'],
  [/合计|总计|预算数|决算数|^金额$|^预算金额$|^本年预算$/, 'total'],
];

/** A unit written into a header cell ("项目支出(单位:万元)", "合计(万元)"): not part of the column's name. */
const UNIT_NOTE_RE = /[(（](金额)?(单位[:：]?)?(万元|元)[)）]$/;

/** The role of a column from its joined header label, or null when the words name no known column. */
export function columnRole(label: string): ColumnRole | null {
  const whole = label.replace(UNIT_NOTE_RE, '');
  for (const [pattern, role] of LABEL_PATTERNS) if (pattern.test(whole)) return role;
  const parts = label.split('/');
  for (let i = parts.length - 1; i >= 0; i--) {
    const words = parts[i].replace(UNIT_NOTE_RE, '');
    for (const [pattern, role] of ROLE_PATTERNS) if (pattern.test(words)) return role;
  }
  return null;
}

const NON_AMOUNT_ROLES: ReadonlySet<ColumnRole> = new Set([
  'code',
  'code-class',
  'code-section',
  'code-item',
  'name',
  'index',
]);

export function isAmountRole(role: ColumnRole): role is AmountRole {
  return !NON_AMOUNT_ROLES.has(role);
}

/** Sources named by income lines of a 收支总表 ("五、事业收入" → institution). */
const SOURCE_PATTERNS: [RegExp, IncomeSource][] = [
  [/一般公共预算/, 'general'],
  [/政府性基金|基金预算/, 'fund'],
  [/国有资本经营/, 'capital'],
  [/财政专户/, 'special'],
  [/经营收入/, 'business'],
  [/事业收入/, 'institution'],
  [/上级补助/, 'superior'],
  [/附属单位/, 'affiliated'],
  [/其他收入/, 'other'],
];

export function incomeSource(name: string): IncomeSource | undefined {
  return SOURCE_PATTERNS.find(([pattern]) => pattern.test(name))?.[1];
}
