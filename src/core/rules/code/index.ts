/** The code/* rules. */
import type { Rule } from '../types';
import { detailLevel } from './detail-level';
import { format } from './format';
import { nameMismatch } from './name-mismatch';
import { orphan } from './orphan';
import { unknown } from './unknown';

export const codeRules: Rule[] = [format, detailLevel, orphan, nameMismatch, unknown];
