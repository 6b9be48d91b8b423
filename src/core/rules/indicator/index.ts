/** The indicator/* rules. */
import type { Rule } from '../types';
import { basisMissing } from './basis-missing';
import { costOperator } from './cost-operator';
import { costTotal } from './cost-total';
import { duplicate } from './duplicate';
import { emptyValue } from './empty-value';
import { requiredMissing } from './required-missing';
import { taxonomy } from './taxonomy';
import { vagueValue } from './vague-value';
import { valueFormat } from './value-format';

export const indicatorRules: Rule[] = [
  requiredMissing,
  emptyValue,
  vagueValue,
  valueFormat,
  duplicate,
  taxonomy,
  costOperator,
  costTotal,
  basisMissing,
];
