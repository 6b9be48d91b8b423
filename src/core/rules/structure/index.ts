/** The structure/* rules. */
import type { Rule } from '../types';
import { emptyTableNote } from './empty-table-note';
import { header } from './header';
import { invalidCell } from './invalid-cell';
import { placeholder } from './placeholder';
import { tableMissing } from './table-missing';
import { unit } from './unit';
import { unitName } from './unit-name';
import { unrecognized } from './unrecognized';
import { year } from './year';

export const structureRules: Rule[] = [
  tableMissing,
  emptyTableNote,
  header,
  unit,
  year,
  unitName,
  placeholder,
  invalidCell,
  unrecognized,
];
