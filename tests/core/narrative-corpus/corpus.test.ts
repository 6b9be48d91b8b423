/**
 * Every 情况说明 layout of the corpus on the full rule set: the clean text raises no error and no
 * narrative finding; the planted text raises exactly the planted narrative findings, at their cells.
 */
import { validateWorkbook } from '../../../src/core/validate';
import { LAYOUTS } from './layouts';
import { corpusTables, layoutParagraphs, NARRATIVE, withNarrative } from './workbook';

const narrativeFindings = (findings: { ruleId: string; sheet: string; cell: string }[]) =>
  findings
    .filter((f) => f.ruleId.startsWith('narrative/'))
    .map((f) => `${f.ruleId} ${f.sheet}!${f.cell}`)
    .sort();

describe('情况说明 corpus', () => {
  it('has at least ten layouts, each with planted defects', () => {
    expect(LAYOUTS.length).toBeGreaterThanOrEqual(10);
    for (const layout of LAYOUTS) expect(layout.defects.length).toBeGreaterThan(0);
  });

  describe.each(LAYOUTS.map((layout) => [layout.name, layout] as const))('%s', (_, layout) => {
    it('clean twin: no error at all, no narrative finding', async () => {
      const grids = withNarrative(await corpusTables(layout.yuanTables), layoutParagraphs(layout, false));
      const { findings } = validateWorkbook(grids, {});
      expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
      expect(narrativeFindings(findings)).toEqual([]);
    });

    it('planted defects: each found at its cell, nothing else', async () => {
      const grids = withNarrative(await corpusTables(layout.yuanTables), layoutParagraphs(layout, true));
      const { findings } = validateWorkbook(grids, {});
      const expected = layout.defects.map((d) => `${d.ruleId} ${NARRATIVE}!A${d.at + 2}`).sort();
      expect(narrativeFindings(findings)).toEqual(expected);
      expect(findings.filter((f) => f.severity === 'error' && !f.ruleId.startsWith('narrative/'))).toEqual([]);
    });
  });
});
