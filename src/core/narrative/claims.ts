/**
 * Reads the amounts a 情况说明 sentence states ("一般公共预算收入95.54万元") as claims: the current
 * year's levels by topic, and year-on-year changes ("较2022年增加13.71万元"), last year's levels,
 * growth rates ("增长6.0%") and "与上年持平" kept apart so that only a level is ever compared with a
 * table; the others feed the arithmetic of the stated changes.
 */
import type { Amount } from '../parse/amount';
import { parseAmount } from '../parse/amount';
import { labelKey } from '../parse/normalize';
import type { ClaimTopic } from './topics';
import { topicOf } from './topics';

/** Which figure a 决算 text states: the 年初预算 (预算数) or the 决算数; a 预算 text states only one. */
export type Figure = 'budget' | 'final';

export interface LevelClaim {
  kind: 'level';
  topic: ClaimTopic;
  amount: Amount;
  /** Set when the words say so ("年初预算为…", "支出决算为…"); undefined for plain figures. */
  figure?: Figure;
  /** The clause and its amount as written ("一般公共预算收入95.54万元"). */
  text: string;
}

export interface ChangeClaim {
  kind: 'change';
  /** The clause's own topic, else that of the sentence's previous level; null when neither. */
  topic: ClaimTopic | null;
  direction: 'increase' | 'decrease';
  amount: Amount;
  text: string;
}

/** Last year's level ("上年为3318.85万元", "较上年的3318.85万元"). */
export interface PreviousClaim {
  kind: 'previous';
  topic: ClaimTopic | null;
  amount: Amount;
  text: string;
}

/** A growth rate right after a change verb ("增长6.0%", "下降5%"). */
export interface RateClaim {
  kind: 'rate';
  topic: ClaimTopic | null;
  direction: 'increase' | 'decrease';
  /** The percentage as an exact integer of 10^-decimals percent ("6.05" → 605, decimals 2). */
  scaled: number;
  decimals: number;
  text: string;
}

/** "与上年持平": a change of zero. */
export interface FlatClaim {
  kind: 'flat';
  topic: ClaimTopic | null;
  text: string;
}

/** Every claim carries the index of its sentence within the paragraph. */
export type TextClaim = (LevelClaim | ChangeClaim | PreviousClaim | RateClaim | FlatClaim) & { sentence: number };

/**
 * A number with its money unit. Commas count as thousands separators only in groups of three, as
 * the clause comma "，" is half-width after normalization too; the look-behind keeps "1.5" whole.
 */
const MONEY_RE = /(?<![\d.])(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(万元|元)/g;
/** An amount, a percentage, or the word 持平, read in one pass so that all share the clause logic. */
const TOKEN_RE = new RegExp(`${MONEY_RE.source}|(?<![\\d.])(\\d+(?:\\.\\d+)?)%|持平`, 'g');
/** Sentence ends: a claim never borrows a name or a year across them. */
const SENTENCE_END = /[。！？!?\n]/;
/** Clause separators: the name of an amount sits in its own clause. */
const CLAUSE_END = /[，,；;：:、]/;
const INCREASE = /(?:增加|增长|上升|提高|增)了?(?:额为|额|为)?$/;
const DECREASE = /(?:减少|下降|降低|压减|缩减|节约|减)了?(?:额为|额|为)?$/;
/** A comparison with another year: its amounts are differences or old levels, never this year's. */
const COMPARISON = /比|较|同比|相比|对比/;
const LAST_YEAR_WORDS = /上年|上一年|去年|前年/g;
/** "比上年增加…", "与上年持平": the year compared with, not the year the next amounts speak of. */
const COMPARED_YEAR = /(?:比|较|与|同|相比|对比)(?:上年|上一年|去年|\d{4}年)/g;
const MIXED_VERBS = /(?:增加|增长|上升|提高)了?(?:减少|下降|降低)|(?:减少|下降|降低)了?(?:增加|增长|上升|提高)/;
const OPENS_WITH_COMPARISON = /^(?:与上年(?:度)?相比|与\d{4}年(?:度)?相比|比上年|较上年|同比)/;
const FINAL_WORDS = /决算|实际支出|执行数/;
const BUDGET_WORDS = /年初预算|预算数|全年预算|调整预算/;
/** Words that contain 上年 but name this year's money. */
const CARRYOVER_WORDS = /上年结转|上年结余/g;

export interface ExtractOptions {
  /** The budget year; a sentence whose latest year mark is earlier speaks of the past. */
  budgetYear?: number;
}

/** All claims of one paragraph, in reading order. */
export function extractClaims(paragraph: string, options: ExtractOptions = {}): TextClaim[] {
  const text = labelKey(paragraph).replace(/[(（]境[)）]/g, '');
  const claims: TextClaim[] = [];
  let sentenceStart = 0;
  let lastEnd = 0;
  let sentenceTopic: ClaimTopic | null = null;
  let sentenceIndex = 0;
  let carried: { topic: ClaimTopic; sentence: number } | null = null;
  for (const match of text.matchAll(TOKEN_RE)) {
    const start = match.index;
    const sentenceBreak = lastIndexOf(text, SENTENCE_END, lastEnd, start);
    if (sentenceBreak >= 0) {
      carried = sentenceTopic ? { topic: sentenceTopic, sentence: sentenceIndex } : null;
      sentenceStart = sentenceBreak + 1;
      sentenceTopic = null;
      sentenceIndex++;
    }
    const clauseStart = Math.max(lastIndexOf(text, CLAUSE_END, sentenceStart, start) + 1, lastEnd, sentenceStart);
    lastEnd = start + match[0].length;
    const clause = text.slice(clauseStart, start);
    const sentence = text.slice(sentenceStart, start);
    const written = text.slice(clauseStart, lastEnd);
    // "减少增长1万元": which way it went is unknowable (narrative/wording reports the words).
    if (MIXED_VERBS.test(clause)) continue;
    let topic = topicOf(clause, sentence);
    const direction = INCREASE.test(clause) ? 'increase' : DECREASE.test(clause) ? 'decrease' : null;
    let base = { sentence: sentenceIndex, text: written };
    // "收入总计126万元。与上年相比，增加6万元，增长5%": the change of the previous sentence's quantity.
    if (
      !topic &&
      !sentenceTopic &&
      carried &&
      OPENS_WITH_COMPARISON.test(sentence) &&
      (direction || match[0] === '持平')
    ) {
      topic = carried.topic;
      base = { ...base, sentence: carried.sentence };
    }
    if (match[0] === '持平') {
      claims.push({ ...base, kind: 'flat', topic: topic ?? sentenceTopic });
      continue;
    }
    if (match[3] !== undefined) {
      // A percentage is a growth rate only right after a change verb ("完成预算的98%" is not one).
      const rate = decimalScaled(match[3]);
      if (direction) claims.push({ ...base, kind: 'rate', topic: topic ?? sentenceTopic, direction, ...rate });
      continue;
    }
    const parsed = parseAmount(`${match[1]}${match[2]}`);
    if (parsed.kind !== 'amount') continue;
    const amount = parsed.amount;
    if (direction) {
      claims.push({ ...base, kind: 'change', topic: topic ?? sentenceTopic, direction, amount });
      continue;
    }
    if (COMPARISON.test(clause) || speaksOfThePast(sentence, options.budgetYear)) {
      if (!/结转|结余/.test(clause)) claims.push({ ...base, kind: 'previous', topic: topic ?? sentenceTopic, amount });
      continue;
    }
    const figure = FINAL_WORDS.test(clause) ? 'final' : BUDGET_WORDS.test(clause) ? 'budget' : undefined;
    // "“三公”经费年初预算为5万元，支出决算为4.5万元": a figure word alone continues the sentence's topic.
    const levelTopic: ClaimTopic | null = topic ?? (figure ? sentenceTopic : null);
    if (!levelTopic) continue;
    // "用车费2.5万元（其中：购置费1万元，…），比上年减少0.3万元": the change after the bracket is the outer item's.
    if (!insideBrackets(sentence)) sentenceTopic = levelTopic;
    claims.push({ ...base, kind: 'level', topic: levelTopic, amount, ...(figure && { figure }) });
  }
  return claims;
}

function insideBrackets(textBefore: string): boolean {
  let depth = 0;
  for (const ch of textBefore) depth += ch === '(' ? 1 : ch === ')' ? -1 : 0;
  return depth > 0;
}

function decimalScaled(digits: string): { scaled: number; decimals: number } {
  const [whole, fraction = ''] = digits.split('.');
  return { scaled: Number(whole + fraction), decimals: fraction.length };
}

/** Whether the latest time mark before the amount (a year, 上年, 本年 …) is an earlier year. */
function speaksOfThePast(sentence: string, budgetYear: number | undefined): boolean {
  const marks: { at: number; past: boolean }[] = [];
  const plain = sentence
    .replace(CARRYOVER_WORDS, (words) => '_'.repeat(words.length))
    .replace(COMPARED_YEAR, (words) => '_'.repeat(words.length));
  for (const m of plain.matchAll(LAST_YEAR_WORDS)) marks.push({ at: m.index, past: true });
  for (const m of plain.matchAll(/本年|今年|当年/g)) marks.push({ at: m.index, past: false });
  if (budgetYear !== undefined)
    for (const m of plain.matchAll(/(?<!\d)(20\d\d)年/g)) marks.push({ at: m.index, past: Number(m[1]) < budgetYear });
  if (marks.length === 0) return false;
  return marks.reduce((latest, mark) => (mark.at > latest.at ? mark : latest)).past;
}

/** Index of the last character in [from, to) matching `re` (a one-character class), or -1. */
function lastIndexOf(text: string, re: RegExp, from: number, to: number): number {
  for (let i = to - 1; i >= from; i--) if (re.test(text[i])) return i;
  return -1;
}

/** The budget year a narrative speaks of when no table says it: the latest year it mentions. */
export function latestYearMentioned(paragraphs: readonly string[]): number | undefined {
  let latest: number | undefined;
  for (const paragraph of paragraphs)
    for (const m of toYears(paragraph)) if (latest === undefined || m > latest) latest = m;
  return latest;
}

function toYears(text: string): number[] {
  return [...labelKey(text).matchAll(/(?<!\d)(20\d\d)年/g)].map((m) => Number(m[1]));
}
