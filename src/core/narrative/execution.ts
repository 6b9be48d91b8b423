/**
 * Reads how a 决算 情况说明 compares a quantity's 决算数 with its 年初预算: "年初预算为60万元，支出决算为
 * 61.04万元，完成年初预算的101.73%", and "决算数大于年初预算数的主要原因是…". Each statement is paired
 * with the 预算数 and 决算数 stated before it in the paragraph.
 */
import type { Amount } from '../parse/amount';
import { parseAmount } from '../parse/amount';
import { labelKey } from '../parse/normalize';

export interface CompletionStatement {
  kind: 'completion';
  budget: Amount;
  final: Amount;
  /** The percentage as an exact integer of 10^-decimals percent. */
  scaled: number;
  decimals: number;
  text: string;
}

export interface ComparisonStatement {
  kind: 'comparison';
  /**
   * The 年初预算/决算 pairs stated since the previous such statement, first first: "决算数小于年初预算数的
   * 主要原因是…" closing a 三公 paragraph speaks of its headline pair, not only of the last item's.
   */
  pairs: { budget: Amount; final: Amount }[];
  /** What the text says of 决算数 against 年初预算数. */
  says: 'above' | 'below' | 'equal';
  text: string;
}

export type ExecutionStatement = CompletionStatement | ComparisonStatement;

const MONEY = '(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)(万元|元)';
const BUDGET_RE = new RegExp(`(?:年初预算|预算数|全年预算)(?:数)?(?:为|是|:)?${MONEY}`, 'g');
const FINAL_RE = new RegExp(`(?:决算|实际支出|决算数)(?:数)?(?:为|是|:)?${MONEY}`, 'g');
const COMPLETION_RE = /完成(?:了)?(?:年初)?(?:预算|预算数)的?(\d+(?:\.\d+)?)%/g;
const SAYS_RE =
  /决算数?(?:比年初预算数?)?(大于|多于|高于|超过|小于|少于|低于|等于|与年初预算数?持平)(?:年初)?(?:预算数?)?/g;

/** The statements of one paragraph, in reading order. */
export function executionStatements(paragraph: string): ExecutionStatement[] {
  const text = labelKey(paragraph);
  const marks = [
    ...[...text.matchAll(BUDGET_RE)].map((m) => ({ at: m.index, kind: 'budget' as const, m })),
    ...[...text.matchAll(FINAL_RE)].map((m) => ({ at: m.index, kind: 'final' as const, m })),
    ...[...text.matchAll(COMPLETION_RE)].map((m) => ({ at: m.index, kind: 'completion' as const, m })),
    ...[...text.matchAll(SAYS_RE)].map((m) => ({ at: m.index, kind: 'says' as const, m })),
  ].sort((a, b) => a.at - b.at);
  let budget: Amount | undefined;
  let final: Amount | undefined;
  let pairs: { budget: Amount; final: Amount }[] = [];
  const statements: ExecutionStatement[] = [];
  for (const { kind, m } of marks) {
    if (kind === 'budget' || kind === 'final') {
      const parsed = parseAmount(`${m[1]}${m[2]}`);
      if (parsed.kind !== 'amount') continue;
      if (kind === 'budget') [budget, final] = [parsed.amount, undefined];
      else final = parsed.amount;
      if (budget && final) pairs.push({ budget, final });
      continue;
    }
    if (!budget || !final) continue;
    if (kind === 'completion') {
      const [whole, fraction = ''] = m[1].split('.');
      statements.push({
        kind,
        budget,
        final,
        scaled: Number(whole + fraction),
        decimals: fraction.length,
        text: m[0],
      });
    } else {
      const says = /大于|多于|高于|超过/.test(m[1]) ? 'above' : /小于|少于|低于/.test(m[1]) ? 'below' : 'equal';
      statements.push({ kind: 'comparison', pairs, says, text: m[0] });
      pairs = [];
    }
  }
  return statements;
}
