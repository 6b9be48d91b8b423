/**
 * Groups the claims of a paragraph into year-on-year comparisons: one quantity's current level, last
 * year's level, the stated change and growth rate ("收入3518.85万元，比上年3318.85万元增加200万元，增长
 * 6.0%"), so that their arithmetic can be checked; and names which topics are parts of which whole.
 */
import type { Amount } from '../parse/amount';
import type { RateClaim, TextClaim } from './claims';
import type { ClaimTopic } from './topics';

export interface Comparison {
  topic: ClaimTopic;
  sentence: number;
  current?: Amount;
  previous?: Amount;
  /** Signed change in 分 with the amount as written; 0 for "持平". */
  change?: { fen: number; amount?: Amount; direction: 'increase' | 'decrease' | 'flat'; text: string };
  rate?: RateClaim;
  /** The words of the comparison as written, for messages. */
  text: string[];
}

const SLOTS = { level: 'current', previous: 'previous', change: 'change', flat: 'change', rate: 'rate' } as const;

/** Comparisons of one paragraph, in reading order; a claim without a topic joins the sentence's last one. */
export function comparisonsOf(claims: readonly TextClaim[]): Comparison[] {
  const groups: Comparison[] = [];
  const open = (topic: ClaimTopic, sentence: number) => {
    const group: Comparison = { topic, sentence, text: [] };
    groups.push(group);
    return group;
  };
  for (const claim of claims) {
    const last = groups[groups.length - 1];
    const sameSentence = last && last.sentence === claim.sentence ? last : undefined;
    const topic = claim.topic ?? sameSentence?.topic;
    if (!topic) continue;
    // The latest group of this topic in the sentence, unless the slot the claim fills is taken.
    const latest = [...groups].reverse().find((g) => g.sentence === claim.sentence && g.topic === topic);
    const slot = SLOTS[claim.kind];
    const group = latest && latest[slot] === undefined ? latest : open(topic, claim.sentence);
    group.text.push(claim.text);
    if (claim.kind === 'level') group.current = claim.amount;
    else if (claim.kind === 'previous') group.previous = claim.amount;
    else if (claim.kind === 'rate') group.rate = claim;
    else if (claim.kind === 'flat') group.change = { fen: 0, direction: 'flat', text: claim.text };
    else {
      const sign = claim.direction === 'increase' ? 1 : -1;
      group.change = {
        fen: sign * claim.amount.fen,
        amount: claim.amount,
        direction: claim.direction,
        text: claim.text,
      };
    }
  }
  return groups;
}

/**
 * The parts whose changes add up to a whole's change. 财政拨款 is the sum of the three fiscal sources,
 * so it stands for them only when they are not stated themselves.
 */
const FISCAL_INCOME = ['income.general', 'income.fund', 'income.capital'] as const;
const NON_FISCAL_INCOME = [
  'income.special',
  'income.institution',
  'income.business',
  'income.superior',
  'income.affiliated',
  'income.other',
  'income.carryover',
] as const;

export const PARTS_OF: Partial<Record<ClaimTopic, readonly (readonly ClaimTopic[])[]>> = {
  'income.total': [
    [...FISCAL_INCOME, ...NON_FISCAL_INCOME],
    ['income.fiscal', ...NON_FISCAL_INCOME],
  ],
  'income.fiscal': [FISCAL_INCOME],
  'expenditure.total': [['expenditure.basic', 'expenditure.project']],
  'expenditure.basic': [['expenditure.personnel', 'expenditure.public']],
  'three-public.total': [
    ['three-public.abroad', 'three-public.vehicle', 'three-public.reception'],
    [
      'three-public.abroad',
      'three-public.vehicle-purchase',
      'three-public.vehicle-operation',
      'three-public.reception',
    ],
  ],
  'three-public.vehicle': [['three-public.vehicle-purchase', 'three-public.vehicle-operation']],
};
