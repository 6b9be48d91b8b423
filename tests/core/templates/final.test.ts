/** The nine 决算 templates and the final-all bundle: what they list, their formulas, and a clean check. */
import { evaluateMissingValues } from '../../../src/core/formula/missing';
import { parseFormula } from '../../../src/core/formula/parse';
import { valueAt } from '../../../src/core/grid/access';
import { findRegions } from '../../../src/core/recognize/region';
import type { SheetDraft } from '../../../src/core/templates/draft';
import { buildTemplate, listTemplates, TEMPLATE_GROUPS } from '../../../src/core/templates/catalog';
import { draftToGrid } from '../../../src/core/templates/grid';
import { standardKinds } from '../../../src/core/tables/kinds';
import { validateWorkbook } from '../../../src/core/validate';
import { withInputs } from '../final/fill';

const OPTIONS = { unitName: '某县卫生健康局', year: 2024, unit: '万元' as const };
const texts = (draft: SheetDraft) => draft.cells.map((c) => c.value).filter((v): v is string => typeof v === 'string');
const FINAL = listTemplates().filter((t) => t.group === 'final');

describe('决算 templates', () => {
  it('are listed as their own group, one per 决算 kind, with the final-all bundle', () => {
    expect(TEMPLATE_GROUPS).toContain('final');
    expect(FINAL.map((t) => t.kind)).toEqual(standardKinds('final'));
    expect(FINAL.every((t) => t.id === `final-${t.kind!.slice('final.'.length)}`)).toBe(true);
    expect(listTemplates().find((t) => t.id === 'final-all')).toMatchObject({ group: 'bundle' });
  });

  it('final-all inserts the nine published sheets, each with its 决算年度 and unit line', () => {
    const drafts = buildTemplate('final-all', { ...OPTIONS, unit: '元' });
    expect(drafts.map((d) => d.name)).toEqual([
      '1收入支出决算总表',
      '2收入决算表',
      '3支出决算表',
      '4财政拨款收入支出决算总表',
      '5一般公共预算财政拨款支出决算表',
      '6一般公共预算财政拨款基本支出决算表',
      '7政府性基金预算财政拨款收入支出决算表',
      '8国有资本经营预算财政拨款支出决算表',
      '9财政拨款“三公”经费支出决算表',
    ]);
    for (const draft of drafts) {
      expect(texts(draft)).toEqual(expect.arrayContaining(['单位：元', '决算年度：2024', '单位名称：某县卫生健康局']));
      const [region] = findRegions(draftToGrid(draft));
      if (region)
        expect([region.unit?.value, region.year?.value, region.unitName?.value]).toEqual([
          '元',
          2024,
          OPTIONS.unitName,
        ]);
    }
  });

  it.each(FINAL.map((t) => [t.id] as const))(
    '%s: formulas the evaluator computes, merges inside the sheet, a 栏次 row and print setup',
    (id) => {
      for (const draft of buildTemplate(id, OPTIONS)) {
        const formulas = draft.cells.filter((c) => c.formula);
        expect(formulas.length).toBeGreaterThan(0);
        for (const cell of formulas) expect(() => parseFormula(cell.formula!)).not.toThrow();
        expect(evaluateMissingValues(draftToGrid(draft)).readWarnings).toBeUndefined();
        draft.merges.forEach((m, i) => {
          expect(m.right).toBeLessThan(draft.columnWidths.length);
          for (const o of draft.merges.slice(i + 1))
            expect(m.bottom < o.top || o.bottom < m.top || m.right < o.left || o.right < m.left).toBe(true);
        });
        expect(texts(draft)).toContain('栏次');
        expect(draft.print).toMatchObject({ fitToWidth: true, repeatRows: { top: 0 } });
        expect(draft.cells.filter((c) => c.numberFormat === '#,##0.00;-#,##0.00;;@').length).toBeGreaterThan(0);
      }
    },
  );

  it('the 政府性基金 and 国有资本经营 tables carry their 空表 note', () => {
    for (const id of ['final-fund', 'final-capital'])
      expect(texts(buildTemplate(id, OPTIONS)[0]).some((t) => t.includes('空表列示'))).toBe(true);
  });

  it('三公 has 预算数 and 决算数 columns, each with 合计 = 出国 + 用车 + 接待 and 用车 = 购置 + 运行维护', () => {
    const [draft] = buildTemplate('final-three-public', OPTIONS);
    expect(texts(draft)).toEqual(expect.arrayContaining(['预算数', '决算数']));
    const grid = draftToGrid(draft);
    const rowOf = (label: string) => grid.values.findIndex((r) => String(r[1] ?? '').trim() === label);
    const [abroad, purchase, upkeep, reception] = [
      '1.因公出国（境）费',
      '其中：（1）公务用车购置费',
      '（2）公务用车运行维护费',
      '3.公务接待费',
    ].map(rowOf);
    const filled = evaluateMissingValues(
      draftToGrid(
        withInputs(draft, [
          ...[abroad, purchase, upkeep, reception].map((row, i) => ({ row, col: 2, value: [1, 20, 3.5, 1.2][i] })),
          ...[abroad, purchase, upkeep, reception].map((row, i) => ({ row, col: 3, value: [0, 19.8, 3.1, 0.96][i] })),
        ]),
      ),
    );
    const car = rowOf('2.公务用车购置及运行维护费');
    const total = rowOf('合计');
    expect([valueAt(filled, total, 2), valueAt(filled, car, 2)]).toEqual([25.7, 23.5]);
    expect([valueAt(filled, total, 3), valueAt(filled, car, 3)]).toEqual([23.86, 22.9]);
  });

  it('财政拨款收入支出决算总表: each fund’s 年末 = 年初 + 本年收入 − 本年支出, and both 总计 agree', () => {
    const [draft] = buildTemplate('final-fiscal-summary', OPTIONS);
    const grid = draftToGrid(draft);
    const row = (label: string, nth = 0) => grid.values.flatMap((r, i) => (r.some((v) => v === label) ? [i] : []))[nth];
    const general = row('一、一般公共预算财政拨款');
    const generalOpening = row('一、一般公共预算财政拨款', 1);
    const fund = row('二、政府性基金预算财政拨款');
    const fundOpening = row('二、政府性基金预算财政拨款', 1);
    const health = row('十、卫生健康支出');
    const filled = evaluateMissingValues(
      draftToGrid(
        withInputs(draft, [
          { row: general, col: 2, value: 100 },
          { row: generalOpening, col: 2, value: 8 },
          { row: fund, col: 2, value: 20 },
          { row: fundOpening, col: 2, value: 5 },
          { row: health, col: 5, value: 90 },
          { row: health, col: 6, value: 18 },
        ]),
      ),
    );
    const closing = row('年末财政拨款结转和结余');
    expect([4, 5, 6, 7].map((c) => valueAt(filled, closing, c))).toEqual([25, 18, 7, 0]);
    const grand = grid.values.findIndex((r) => r[1] === '总计');
    expect([2, 4].map((c) => valueAt(filled, grand, c))).toEqual([133, 133]);
  });
});

describe('决算 templates, checked', () => {
  it('final-all is recognized as the nine 决算 kinds and has no errors', () => {
    const drafts = buildTemplate('final-all', OPTIONS);
    const report = validateWorkbook(drafts.map((d) => draftToGrid(d)));
    expect(report.tables.map((t) => t.kind)).toEqual(standardKinds('final'));
    expect(report.skipped).toEqual([]);
    expect(report.findings.filter((f) => f.severity === 'error')).toEqual([]);
    for (const draft of drafts) {
      const [region] = findRegions(draftToGrid(draft));
      expect([region.unit?.value, region.year?.value, region.unitName?.value]).toEqual([
        '万元',
        2024,
        OPTIONS.unitName,
      ]);
    }
  });
});
