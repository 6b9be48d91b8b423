/** The sum/* rules. */
import type { Rule } from '../types';
import { balance } from './balance';
import { columns } from './columns';
import { hierarchy } from './hierarchy';
import { rounding } from './rounding';
import { totalRow } from './total-row';

export const sumRules: Rule[] = [hierarchy, totalRow, columns, balance, rounding];
