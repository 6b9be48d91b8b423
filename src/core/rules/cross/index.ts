/** The cross/* rules. */
import type { Rule } from '../types';
import { threePublic } from './three-public';
import { totalMismatch } from './total-mismatch';

export const crossRules: Rule[] = [totalMismatch, threePublic];
