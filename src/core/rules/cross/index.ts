/** The cross/* rules. */
import type { Rule } from '../types';

export const crossRules: Rule[] = [];
