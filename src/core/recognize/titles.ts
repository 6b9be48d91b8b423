/** Table titles → table kinds, by aliases (DESIGN.md §3); titles vary by province and year. */
import { labelKey } from '../parse/normalize';
import { KINDS, TABLE_KINDS } from '../tables/kinds';
import type { TableKind } from '../tables/kinds';

/** Every kind's declared title aliases, longest first, so the first match is the longest one. */
const TITLE_ALIASES: readonly [alias: string, kind: TableKind][] = TABLE_KINDS.flatMap((kind) =>
  KINDS[kind].titles.map((alias): [string, TableKind] => [alias, kind]),
).sort((a, b) => b[0].length - a[0].length);

/** The aliases by their last character, still longest first: a key is compared only with those it can end in. */
const ALIASES_BY_LAST = new Map<string, [alias: string, kind: TableKind][]>();
for (const entry of TITLE_ALIASES) {
  const last = entry[0].slice(-1);
  const list = ALIASES_BY_LAST.get(last);
  if (list) list.push(entry);
  else ALIASES_BY_LAST.set(last, [entry]);
}

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
  for (const [alias, kind] of ALIASES_BY_LAST.get(key.slice(-1)) ?? []) if (key.endsWith(alias)) return kind;
  if (/部门整体(支出)?绩效目标(申报)?表?$/.test(key)) return 'performance.department';
  if (/绩效目标(申报|执行)?表$/.test(key) && !/部门整体/.test(key)) return 'performance.project';
  if (/(情况说明|编制说明|其他相关情况说明|预算说明|公开说明)$/.test(key)) return 'narrative';
  return null;
}
