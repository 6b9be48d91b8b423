/**
 * Every 部门决算情况说明 layout on the full rule set, against the built 决算 workbook: the clean text
 * raises no error and no narrative finding; the planted text raises exactly the planted findings.
 */
import { gridFromRows } from '../../../src/core/grid/access';
import type { SheetGrid } from '../../../src/core/grid/types';
import { validateWorkbook } from '../../../src/core/validate';
import { finalWorkbook } from '../helpers/final-workbook';
import type { FinalNarrativeLayout } from './final-layouts';
import { FINAL_LAYOUTS } from './final-layouts';
import { layoutParagraphs } from './workbook';

const SHEET = '部门决算情况说明';

function workbook(layout: FinalNarrativeLayout, planted: boolean): SheetGrid[] {
  const paragraphs = layoutParagraphs(layout, planted);
  return [
    ...finalWorkbook(layout.tables),
    gridFromRows(SHEET, [['2023年度部门决算情况说明'], ...paragraphs.map((p) => [p])]),
  ];
}

const narrativeFindings = (findings: { ruleId: string; sheet: string; cell: string }[]) =>
  findings
    .filter((f) => f.ruleId.startsWith('narrative/'))
    .map((f) => `${f.ruleId} ${f.sheet}!${f.cell}`)
    .sort();

describe('部门决算情况说明 corpus', () => {
  describe.each(FINAL_LAYOUTS.map((layout) => [layout.name, layout] as const))('%s', (_, layout) => {
    it('clean twin: no error at all, no narrative finding', () => {
      const { findings } = validateWorkbook(workbook(layout, false), {});
      expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
      expect(narrativeFindings(findings)).toEqual([]);
    });

    it('planted defects: each found at its cell, nothing else', () => {
      const { findings } = validateWorkbook(workbook(layout, true), {});
      expect(narrativeFindings(findings)).toEqual(
        layout.defects.map((d) => `${d.ruleId} ${SHEET}!A${d.at + 2}`).sort(),
      );
      expect(findings.filter((f) => f.severity === 'error' && !f.ruleId.startsWith('narrative/'))).toEqual([]);
    });
  });
});
