/** The funds/* rules. */
import type { Rule } from '../types';
import { projectTotal } from './project-total';
import { schedule } from './schedule';
import { split } from './split';
import { targetCoverage } from './target-coverage';

export const fundsRules: Rule[] = [split, schedule, projectTotal, targetCoverage];
