/** The indicator/* rules. */
import type { Rule } from '../types';

export const indicatorRules: Rule[] = [];
