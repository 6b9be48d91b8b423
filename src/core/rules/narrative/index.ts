/** The narrative/* rules. */
import type { Rule } from '../types';

export const narrativeRules: Rule[] = [];
