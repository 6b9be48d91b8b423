/** Builder of the narrative model: every non-empty text cell of the region, top to bottom. */
import { textAt } from '../../grid/access';
import type { TableBuilder } from '../base';
import { baseOf } from '../base';
import type { TableKind } from '../kinds';
import type { NarrativeTable } from './model';

const buildNarrative: TableBuilder<NarrativeTable> = (ctx) => {
  const { grid, region } = ctx;
  const paragraphs = [];
  for (let row = region.range.top; row <= region.range.bottom; row++) {
    for (let col = region.range.left; col <= region.range.right; col++) {
      const text = textAt(grid, row, col).trim();
      if (text) paragraphs.push({ row, col, text });
    }
  }
  return { ...baseOf('narrative', ctx), paragraphs };
};

export const narrativeBuilders: Partial<Record<TableKind, TableBuilder>> = { narrative: buildNarrative };
