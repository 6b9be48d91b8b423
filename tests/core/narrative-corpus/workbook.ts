/**
 * The tables the corpus layouts are written against — pingxiang's budget tables with its "三公"
 * table filled in, its project performance sheets left out — and a 情况说明 sheet built from a
 * layout's paragraphs (title in A1, one paragraph per row from A2).
 */
import { gridFromRows } from '../../../src/core/grid/access';
import type { SheetGrid } from '../../../src/core/grid/types';
import { loadPingxiang } from '../helpers/fixtures';
import { replaceSheet, wanToYuan } from '../helpers/mutate';
import { CONSISTENT, threePublicSheet } from '../helpers/three-public-sheet';
import type { NarrativeLayout } from './layouts';

export const NARRATIVE = '情况说明';

export async function corpusTables(yuan = false): Promise<SheetGrid[]> {
  const grids = replaceSheet(await loadPingxiang(), threePublicSheet(CONSISTENT)).filter(
    (g) => !g.name.startsWith('项目'),
  );
  // The "三公" table stays in 万元 among 元 tables, as published in several provinces.
  return yuan ? grids.map((g) => (g.name === CONSISTENT_SHEET ? g : wanToYuan(g, 'C6:M60'))) : grids;
}

const CONSISTENT_SHEET = threePublicSheet(CONSISTENT).name;

/** The layout's text, clean or with its defects planted. */
export function layoutParagraphs(
  layout: Pick<NarrativeLayout, 'name' | 'paragraphs' | 'defects'>,
  planted: boolean,
): string[] {
  const paragraphs = [...layout.paragraphs];
  if (!planted) return paragraphs;
  for (const defect of layout.defects) {
    const at = defect.edit ?? defect.at;
    if (!paragraphs[at].includes(defect.from))
      throw new Error(`${layout.name}: "${defect.from}" not in paragraph ${at}`);
    paragraphs[at] = paragraphs[at].replace(defect.from, defect.to);
  }
  return paragraphs;
}

export function narrativeSheet(paragraphs: readonly string[]): SheetGrid {
  return gridFromRows(NARRATIVE, [['2023年部门预算情况说明'], ...paragraphs.map((p) => [p])]);
}

export function withNarrative(tables: readonly SheetGrid[], paragraphs: readonly string[]): SheetGrid[] {
  return replaceSheet(tables, narrativeSheet(paragraphs));
}
