/** Whether two goal texts say the same thing: a copy, not a restatement. */
import { labelKey } from '../../parse/normalize';

/** Equal after dropping spaces and punctuation: a copy, not a restatement. */
export function sameGoal(a: string, b: string): boolean {
  const norm = (text: string) => labelKey(text).replace(/[，,。.;；:：、!！?？()（）"']/g, '');
  const left = norm(a);
  return left.length > 0 && left === norm(b);
}
