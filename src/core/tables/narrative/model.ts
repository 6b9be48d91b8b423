/** The model of a 情况说明 / 编制说明 sheet: its paragraphs with their cells. */
import type { TableBase } from '../base';

export interface NarrativeParagraph {
  row: number;
  col: number;
  text: string;
}

export interface NarrativeTable extends TableBase<'narrative'> {
  paragraphs: NarrativeParagraph[];
}
