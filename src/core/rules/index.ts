/** The rule catalogue: every rule of every family, in the order reports list them. */
import { codeRules } from './code';
import { crossRules } from './cross';
import { fundsRules } from './funds';
import { indicatorRules } from './indicator';
import { narrativeRules } from './narrative';
import { structureRules } from './structure';
import { sumRules } from './sum';
import type { Rule } from './types';

export const allRules: readonly Rule[] = [
  ...structureRules,
  ...codeRules,
  ...sumRules,
  ...crossRules,
  ...narrativeRules,
  ...indicatorRules,
  ...fundsRules,
];

export function findRule(id: string): Rule | undefined {
  return allRules.find((rule) => rule.id === id);
}
