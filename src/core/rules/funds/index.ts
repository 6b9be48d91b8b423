/** The funds/* rules. */
import type { Rule } from '../types';
import { projectTotal } from './project-total';
import { schedule } from './schedule';
import { split } from './split';

export const fundsRules: Rule[] = [split, schedule, projectTotal];
