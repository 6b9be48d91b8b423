/**
 * Reads the amounts a 情况说明 sentence states ("一般公共预算收入95.54万元") as claims: the current
 * year's levels by topic, and year-on-year changes ("较2022年增加13.71万元") kept apart so that a
 * change is never compared with a table level; last year's levels are dropped.
 */
import type { Amount } from '../parse/amount';
import { parseAmount } from '../parse/amount';
import { labelKey } from '../parse/normalize';
import type { ClaimTopic } from './topics';
import { topicOf } from './topics';

export interface LevelClaim {
  kind: 'level';
  topic: ClaimTopic;
  amount: Amount;
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

export type TextClaim = LevelClaim | ChangeClaim;

/**
 * A number with its money unit. Commas count as thousands separators only in groups of three, as
 * the clause comma "，" is half-width after normalization too; the look-behind keeps "1.5" whole.
 */
const MONEY_RE = /(?<![\d.])(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(万元|元)/g;
/** Sentence ends: a claim never borrows a name or a year across them. */
const SENTENCE_END = /[。！？!?\n]/;
/** Clause separators: the name of an amount sits in its own clause. */
const CLAUSE_END = /[，,；;：:、]/;
const INCREASE = /(?:增加|增长|上升|提高|增)了?(?:额为|额|为)?$/;
const DECREASE = /(?:减少|下降|降低|压减|缩减|节约|减)了?(?:额为|额|为)?$/;
/** A comparison with another year: its amounts are differences or old levels, never this year's. */
const COMPARISON = /比|较|同比|相比|对比/;
const LAST_YEAR_WORDS = /上年|上一年|去年|前年/g;
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
  for (const match of text.matchAll(MONEY_RE)) {
    const start = match.index;
    const sentenceBreak = lastIndexOf(text, SENTENCE_END, lastEnd, start);
    if (sentenceBreak >= 0) {
      sentenceStart = sentenceBreak + 1;
      sentenceTopic = null;
    }
    const clauseStart = Math.max(lastIndexOf(text, CLAUSE_END, sentenceStart, start) + 1, lastEnd, sentenceStart);
    lastEnd = start + match[0].length;
    const clause = text.slice(clauseStart, start);
    const sentence = text.slice(sentenceStart, start);
    const parsed = parseAmount(`${match[1]}${match[2]}`);
    if (parsed.kind !== 'amount') continue;
    const amount = parsed.amount;
    const written = text.slice(clauseStart, lastEnd);
    const direction = INCREASE.test(clause) ? 'increase' : DECREASE.test(clause) ? 'decrease' : null;
    if (direction) {
      claims.push({
        kind: 'change',
        topic: topicOf(clause, sentence) ?? sentenceTopic,
        direction,
        amount,
        text: written,
      });
      continue;
    }
    if (COMPARISON.test(clause) || speaksOfThePast(sentence, options.budgetYear)) continue;
    const topic = topicOf(clause, sentence);
    if (!topic) continue;
    sentenceTopic = topic;
    claims.push({ kind: 'level', topic, amount, text: written });
  }
  return claims;
}

/** Whether the latest time mark before the amount (a year, 上年, 本年 …) is an earlier year. */
function speaksOfThePast(sentence: string, budgetYear: number | undefined): boolean {
  const marks: { at: number; past: boolean }[] = [];
  const plain = sentence.replace(CARRYOVER_WORDS, (words) => '_'.repeat(words.length));
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
