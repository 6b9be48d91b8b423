/** The sum/* rules. */
import type { Rule } from '../types';

export const sumRules: Rule[] = [];
