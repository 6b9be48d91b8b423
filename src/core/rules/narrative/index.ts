/** The narrative/* rules. */
import type { Rule } from '../types';
import { amountMismatch } from './amount-mismatch';
import { changeArithmetic } from './change-arithmetic';
import { changeReason } from './change-reason';
import { completionRate } from './completion-rate';
import { subjectMismatch } from './subject-mismatch';
import { threePublicItems } from './three-public-items';
import { wording } from './wording';

export const narrativeRules: Rule[] = [
  amountMismatch,
  changeReason,
  changeArithmetic,
  completionRate,
  subjectMismatch,
  threePublicItems,
  wording,
];
