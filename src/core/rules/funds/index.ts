/** The funds/* rules. */
import type { Rule } from '../types';

export const fundsRules: Rule[] = [];
