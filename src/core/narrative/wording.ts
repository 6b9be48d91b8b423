/**
 * Finds contradictory or doubled change words in a 情况说明 sentence: "增加增加", "与上年增加持平",
 * "减少增长" — two change verbs side by side, which a reader cannot resolve to one direction.
 */
import { labelKey } from '../parse/normalize';

export interface WordingSlip {
  /** The words as found ("增加持平"). */
  words: string;
  kind: 'doubled' | 'contradictory';
}

const VERBS = ['增加', '减少', '增长', '下降', '上升', '降低', '持平', '增减', '减增'] as const;
/** Two verbs with at most "了" between them. */
const PAIR_RE = new RegExp(`(${VERBS.join('|')})了?(${VERBS.join('|')})`, 'g');
const DIRECTION: Record<string, 'up' | 'down' | 'flat' | 'both'> = {
  增加: 'up',
  增长: 'up',
  上升: 'up',
  减少: 'down',
  下降: 'down',
  降低: 'down',
  持平: 'flat',
  增减: 'both',
  减增: 'both',
};

/** The slips of one paragraph, in reading order. */
export function wordingSlips(paragraph: string): WordingSlip[] {
  const text = labelKey(paragraph);
  const slips: WordingSlip[] = [];
  for (const m of text.matchAll(PAIR_RE)) {
    const [words, first, second] = m;
    // "增减变化", "增加或减少" are ordinary; "增长增加" of the same direction is a doubled word.
    if (DIRECTION[first] === 'both' || DIRECTION[second] === 'both') continue;
    slips.push({ words, kind: DIRECTION[first] === DIRECTION[second] ? 'doubled' : 'contradictory' });
  }
  return slips;
}
