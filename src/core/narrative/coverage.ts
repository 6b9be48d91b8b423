/**
 * Reads what a 情况说明 says about the reach of its performance targets: "本部门共3个项目实行绩效目标
 * 管理，涉及一般公共预算当年财政拨款1,234.56万元", "所有项目均编制了绩效目标", "选取5个重点项目公开
 * 绩效目标" — how many projects, how much money, and whether that is all projects or a selection.
 */
import type { Amount } from '../parse/amount';
import { parseAmount } from '../parse/amount';
import { labelKey } from '../parse/normalize';

export interface CoverageClaim {
  /** The sentence as written (normalized). */
  text: string;
  /** Number of projects the sentence says carry targets. */
  projects?: number;
  /** The money those projects carry, as printed. */
  amount?: Amount;
  /** The amount is the 财政拨款 part ("涉及当年财政拨款…") rather than the projects' whole funds. */
  fiscal: boolean;
  /** "所有项目" / "全部项目": every project; "重点项目" / "选取": a selection; else not said. */
  scope: 'all' | 'some' | 'unknown';
}

const TARGET_RE = /绩效目标|绩效管理|绩效评价|绩效运行/;
const COUNT_RE =
  /(\d+|[一二三四五六七八九十两]{1,3})个(?:[^，,。；;\d]{0,8})?项目|项目(?:共|合计)?(\d+|[一二三四五六七八九十两]{1,3})个/;
const MONEY_RE = /(?<![\d.])(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(万元|元)/;
const ALL_RE = /(全部|所有)(?:[^，,。；;]{0,6})?项目|项目.{0,6}全覆盖|全面覆盖/;
const SOME_RE = /重点项目|部分项目|选取|挑选|择取|代表性/;
const FISCAL_RE = /财政拨款|财政资金/;

/** The coverage claims of a narrative's paragraphs, in reading order; sentences about targets only. */
export function coverageClaims(paragraphs: readonly string[]): CoverageClaim[] {
  const claims: CoverageClaim[] = [];
  for (const paragraph of paragraphs)
    for (const sentence of labelKey(paragraph).split(/[。！？!?\n]/)) {
      if (!TARGET_RE.test(sentence) || !/项目/.test(sentence)) continue;
      const claim = claimOf(sentence);
      if (claim) claims.push(claim);
    }
  return claims;
}

function claimOf(sentence: string): CoverageClaim | null {
  const count = COUNT_RE.exec(sentence);
  const scope = ALL_RE.test(sentence) ? 'all' : SOME_RE.test(sentence) ? 'some' : 'unknown';
  if (!count && scope !== 'all') return null;
  const claim: CoverageClaim = { text: sentence, fiscal: false, scope };
  if (count) claim.projects = chineseNumber(count[1] ?? count[2]);
  // The money of the projects follows their count: "3个项目…涉及资金X万元".
  const after = count ? sentence.slice(count.index) : sentence;
  const money = MONEY_RE.exec(after);
  if (money) {
    const parsed = parseAmount(`${money[1]}${money[2]}`);
    if (parsed.kind === 'amount') {
      claim.amount = parsed.amount;
      claim.fiscal = FISCAL_RE.test(after.slice(0, money.index));
    }
  }
  return claim;
}

const DIGITS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** "12" → 12, "十二" → 12, "二十" → 20, "三" → 3. */
function chineseNumber(text: string): number {
  if (/^\d+$/.test(text)) return Number(text);
  const ten = text.indexOf('十');
  if (ten < 0) return DIGITS[text] ?? 0;
  const tens = ten === 0 ? 1 : (DIGITS[text[ten - 1]] ?? 1);
  const ones = ten === text.length - 1 ? 0 : (DIGITS[text[ten + 1]] ?? 0);
  return tens * 10 + ones;
}
