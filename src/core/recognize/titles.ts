/** Table titles → table kinds, by aliases (DESIGN.md §3); titles vary by province and year. */
import { labelKey } from '../parse/normalize';
import type { TableKind } from '../tables/kinds';

/** Aliases compared after normalization: no spaces, no quotes, half-width. Longest match wins. */
const TITLE_ALIASES: Record<
  Exclude<TableKind, 'performance.project' | 'performance.department' | 'narrative'>,
  string[]
> = {
  'budget.summary': [
    '部门预算收支总表',
    '部门收支总表',
    '部门收支总体情况表',
    '部门财务收支预算总表',
    '收支预算总表',
    '部门收支预算总表',
    '财务收支预算总表',
  ],
  'budget.income': [
    '部门预算收入总表',
    '部门收入总表',
    '部门收入总体情况表',
    '部门收入预算总表',
    '收入预算总表',
    '部门收入预算表',
  ],
  'budget.expenditure': [
    '部门预算支出总表',
    '部门支出总表',
    '部门支出总体情况表',
    '部门支出预算总表',
    '支出预算总表',
    '部门支出预算表',
  ],
  'budget.fiscal-summary': [
    '部门预算财政拨款收支总表',
    '财政拨款收支总表',
    '财政拨款收支总体情况表',
    '财政拨款收支预算总表',
  ],
  'budget.general-expenditure': [
    '一般公共预算财政拨款支出表',
    '一般公共预算支出情况表',
    '一般公共预算支出功能分类预算表',
    '一般公共预算支出表',
    '一般公共预算财政拨款支出预算表',
    '一般公共预算支出预算表',
  ],
  'budget.general-basic': [
    '一般公共预算财政拨款基本支出表',
    '一般公共预算基本支出情况表',
    '一般公共预算基本支出部门预算经济分类预算表',
    '一般公共预算基本支出表',
    '一般公共预算财政拨款基本支出预算表',
    '一般公共预算基本支出预算表',
  ],
  'budget.fund-expenditure': [
    '政府性基金预算财政拨款支出表',
    '政府基金预算财政拨款支出表',
    '政府性基金预算支出情况表',
    '政府性基金预算支出功能分类预算表',
    '政府性基金预算支出表',
    '政府基金预算支出表',
    '政府性基金预算支出预算表',
  ],
  'budget.capital-expenditure': [
    '国有资本经营预算财政拨款支出表',
    '国有资本经营预算支出情况表',
    '国有资本经营预算支出功能分类预算表',
    '国有资本经营预算支出表',
    '国有资本经营预算支出预算表',
  ],
  'budget.three-public': [
    '财政拨款三公经费支出表',
    '一般公共预算三公经费支出情况表',
    '三公经费和机关运行经费预算表',
    '三公经费支出表',
    '三公经费预算表',
    '三公经费支出预算表',
  ],
  'budget.procurement': ['政府采购预算表', '部门政府采购预算', '政府采购预算明细表', '政府采购情况表'],
  'budget.assets': ['固定资产占用情况表', '国有资产占用情况表', '部门固定资产占用情况表', '国有资产占有使用情况表'],
};

/** Normalized form used for title matching: labelKey without quotes and trailing punctuation. */
export function titleKey(text: string): string {
  return labelKey(text)
    .replace(/["'「」『』]/g, '') // “三公”, "三公", ‘三公’, 「三公」 all name the same table
    .replace(/[(（][^)）]*[)）]$/, '') // trailing "（无数据）", "(单位：元)"
    .replace(/[:：。.,，]+$/, '');
}

const MAX_TITLE_LENGTH = 60;
/** The last character of every alias and pattern below. */
const TITLE_ENDING_RE = /[表算标报明]/;

/** The table kind a title names, or null when the text is not a table title. */
export function classifyTitle(text: string): TableKind | null {
  // Recognition offers every text cell; a title's key ends in 表/算/标/报/明 and normalizing never
  // lengthens text, so cells without those characters (almost all of them) need no normalizing.
  if (text.length < 4 || !TITLE_ENDING_RE.test(text)) return null;
  const key = titleKey(text);
  if (key.length < 4 || key.length > MAX_TITLE_LENGTH) return null;
  let best: { kind: TableKind; length: number } | null = null;
  for (const [kind, aliases] of Object.entries(TITLE_ALIASES) as [TableKind, string[]][]) {
    for (const alias of aliases) {
      if (key.endsWith(alias) && (!best || alias.length > best.length)) best = { kind, length: alias.length };
    }
  }
  if (best) return best.kind;
  if (/部门整体(支出)?绩效目标(申报)?表?$/.test(key)) return 'performance.department';
  if (/绩效目标(申报|执行)?表$/.test(key) && !/部门整体/.test(key)) return 'performance.project';
  if (/(情况说明|编制说明|其他相关情况说明|预算说明|公开说明)$/.test(key)) return 'narrative';
  return null;
}
