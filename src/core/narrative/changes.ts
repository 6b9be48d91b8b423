/**
 * Finds sentences that state a change against last year ("较2022年增加13.71万元", "比上年下降5%")
 * without giving its reason: neither after it in its paragraph, nor in the following paragraphs on
 * the same topic ("…增加的主要原因是…" two paragraphs later) before the next numbered section.
 */
import { labelKey } from '../parse/normalize';

export interface UnexplainedChange {
  /** The sentence as written. */
  sentence: string;
}

/** 比上年 / 较2022年 / 同比 … followed, within the clause, by a change verb and a number. */
const CHANGE_RE =
  /(?:比|较|同比|相比|对比)(?:上年|上一年|去年|\d{4}年)?[^。;；,，]{0,16}?(?:增加|减少|增长|下降|降低|上升|压减|缩减|增|减)了?(?:额为|额|为)?\d/;
/** Words that introduce a reason or a purpose; broad on purpose, since the rule must stay quiet when unsure. */
const REASON_RE = /原因|主要是|主要为|主要用于|用于|由于|因为|因|系|是为了|为了|鉴于/;
/** Words that contain a reason word but give no reason. */
const NOT_REASON_RE = /因公|增减变化原因/g;
/** A later sentence explains a change only when it speaks of one, or opens with a reason word. */
const SPEAKS_OF_CHANGE = /增|减|变化|变动|下降|上升|压缩|调整/;
const SENTENCE_SPLIT = /(?<=[。!?！？])/;
/** "三、…", "（二）…": a numbered section; the search for a reason stops there ("3、…" items do not). */
const SECTION_RE = /^(?:[一二三四五六七八九十]+[、.]|\([一二三四五六七八九十]+\))/;
/** How many following paragraphs may still give the reason. */
/** How many following paragraphs may hold a change's reason (callers pass no more than these). */
export const LOOK_AHEAD_PARAGRAPHS = 4;

/** Coarse topics, enough to tell a 三公 reason from an income one. */
const TOPICS: readonly RegExp[] = [
  /三公|因公出国|公务用车|公务接待/,
  /机关运行/,
  /政府采购/,
  /资产|车辆/,
  /绩效/,
  /收入|收支/,
  /支出|收支/,
];

/** The unexplained changes of one paragraph; `following` are the paragraphs after it, in order. */
export function unexplainedChanges(paragraph: string, following: readonly string[] = []): UnexplainedChange[] {
  const sentences = paragraph.split(SENTENCE_SPLIT).map((written) => ({ written, key: labelKey(written) }));
  // Read only when a change is not explained within its own paragraph, as most are.
  let laterRead: string[] | undefined;
  const found: UnexplainedChange[] = [];
  sentences.forEach(({ written, key }, i) => {
    if (!CHANGE_RE.test(key)) return;
    const after = sentences.slice(i).map((s) => s.key);
    if (after.some(givesReason)) return;
    const later = (laterRead ??= laterSentences(following));
    const topics = topicsOf(key);
    if (later.some((s) => givesReason(s) && SPEAKS_OF_CHANGE.test(s) && sameTopic(topics, topicsOf(s)))) return;
    if (later.length > 0 && givesReason(later[0])) return; // "原因：压减一般性支出。" opening the next paragraph
    found.push({ sentence: written.trim() });
  });
  return found;
}

/** Whether a sentence gives a reason or a purpose (因公出国 is no reason). */
export function givesReason(sentence: string): boolean {
  return REASON_RE.test(sentence.replace(NOT_REASON_RE, ''));
}

/** The sentences of the next paragraphs up to the next numbered section. */
function laterSentences(following: readonly string[]): string[] {
  const sentences: string[] = [];
  for (const paragraph of following.slice(0, LOOK_AHEAD_PARAGRAPHS)) {
    const key = labelKey(paragraph);
    if (SECTION_RE.test(key)) break;
    sentences.push(...key.split(SENTENCE_SPLIT));
  }
  return sentences;
}

function topicsOf(text: string): Set<number> {
  return new Set(TOPICS.flatMap((re, i) => (re.test(text) ? [i] : [])));
}

/** A sentence without a topic of its own ("增加的主要原因是…") explains whatever precedes it. */
function sameTopic(change: Set<number>, reason: Set<number>): boolean {
  return reason.size === 0 || change.size === 0 || [...reason].some((t) => change.has(t));
}
