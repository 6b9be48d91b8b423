/** The code/* rules. */
import type { Rule } from '../types';

export const codeRules: Rule[] = [];
