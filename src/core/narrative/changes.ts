/**
 * Finds sentences that state a change against last year ("较2022年增加13.71万元", "比上年下降5%")
 * without giving its reason anywhere after it in the paragraph or at the start of the next one.
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
const SENTENCE_SPLIT = /(?<=[。!?！？])/;

/** The unexplained changes of one paragraph; `next` is the paragraph after it, if any. */
export function unexplainedChanges(paragraph: string, next?: string): UnexplainedChange[] {
  const sentences = paragraph.split(SENTENCE_SPLIT).map((written) => ({ written, key: labelKey(written) }));
  const followUp = next ? labelKey(next.split(SENTENCE_SPLIT)[0]) : '';
  const found: UnexplainedChange[] = [];
  sentences.forEach(({ written, key }, i) => {
    if (!CHANGE_RE.test(key)) return;
    const after =
      sentences
        .slice(i)
        .map((s) => s.key)
        .join('') + followUp;
    if (REASON_RE.test(after.replace(NOT_REASON_RE, ''))) return;
    found.push({ sentence: written.trim() });
  });
  return found;
}
