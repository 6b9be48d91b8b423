/**
 * The 决算 templates filled with each fixture department's input figures: evaluating their formulas
 * (the core evaluator, as a host without calculation would) reproduces every total the fixture
 * publishes — 合计 rows, row totals, 年末结转和结余 per fund, both 总计 and the 三公 合计.
 */
import ExcelJS from 'exceljs';
import { evaluateMissingValues } from '../../../src/core/formula/missing';
import { valueAt } from '../../../src/core/grid/access';
import { buildTemplate } from '../../../src/core/templates/catalog';
import { draftToGrid } from '../../../src/core/templates/grid';
import { standardKinds } from '../../../src/core/tables/kinds';
import { validateWorkbook } from '../../../src/core/validate';
import { readWorkbookBuffer } from '../../../src/xlsx/read';
import { writeDrafts } from '../../../src/xlsx/write';
import { fillFromFixture, withInputs } from './fill';
import { SHEETS, type SheetKey } from './sheets';
import { finalFixtures } from './workbooks';

const TEMPLATE_OF: Record<SheetKey, string> = {
  summary: 'final-summary',
  income: 'final-income',
  expenditure: 'final-expenditure',
  fiscal: 'final-fiscal-summary',
  general: 'final-general-expenditure',
  basic: 'final-general-basic',
  fund: 'final-fund',
  capital: 'final-capital',
  threePublic: 'final-three-public',
};

const cents = (value: unknown) => (typeof value === 'number' ? Math.round(value * 100) : value);

describe.each(finalFixtures().map((f) => [f.name, f] as const))('决算 templates filled with %s', (_name, fixture) => {
  const { unitName, year, unit } = fixture.accounts;
  const options = { unitName, year, unit, codeRows: 40 };

  it.each(Object.entries(TEMPLATE_OF))('%s: the formulas give the published totals', (key, id) => {
    const [draft] = buildTemplate(id, options);
    const published = fixture.clean.find((g) => g.name === SHEETS[key as SheetKey])!;
    const filling = fillFromFixture(draft, published);
    const grid = evaluateMissingValues(draftToGrid(withInputs(draft, filling.inputs)));
    expect(grid.readWarnings).toBeUndefined();
    const computed = filling.expected.map(({ row, col }) => [row, col, cents(valueAt(grid, row, col))]);
    expect(computed).toEqual(filling.expected.map(({ row, col, value }) => [row, col, cents(value)]));
    // Every table with figures has totals to check; the empty 国有资本经营 table only its 合计 row.
    expect(filling.expected.length).toBeGreaterThanOrEqual(3);
  });
});

describe("final-all filled with each department's figures", () => {
  it.each(finalFixtures().map((f) => [f.name, f] as const))('%s: checks with no findings', (_name, fixture) => {
    const { unitName, year, unit } = fixture.accounts;
    const drafts = buildTemplate('final-all', { unitName, year, unit, codeRows: 40 });
    const keys = Object.keys(TEMPLATE_OF) as SheetKey[];
    const grids = drafts.map((draft, i) => {
      const filling = fillFromFixture(
        draft,
        fixture.clean.find((g) => g.name === SHEETS[keys[i]])!,
      );
      return draftToGrid(withInputs(draft, filling.inputs));
    });
    const report = validateWorkbook(grids);
    expect(report.tables.map((t) => t.kind)).toEqual(standardKinds('final'));
    expect(report.findings.map((f) => `${f.severity} ${f.ruleId} ${f.sheet}!${f.cell}`)).toEqual([]);
  });
});

describe('a filled final-all written through exceljs and read back', () => {
  it('gives the same totals: exceljs stores no results, the evaluator computes them', async () => {
    const [fixture] = finalFixtures();
    const { unitName, year, unit } = fixture.accounts;
    const drafts = buildTemplate('final-all', { unitName, year, unit, codeRows: 40 });
    const keys = Object.keys(TEMPLATE_OF) as SheetKey[];
    const fillings = drafts.map((draft, i) =>
      fillFromFixture(
        draft,
        fixture.clean.find((g) => g.name === SHEETS[keys[i]])!,
      ),
    );
    const workbook = new ExcelJS.Workbook();
    const names = writeDrafts(
      workbook,
      drafts.map((draft, i) => withInputs(draft, fillings[i].inputs)),
    );
    const grids = await readWorkbookBuffer(await workbook.xlsx.writeBuffer());
    names.forEach((name, i) => {
      const grid = evaluateMissingValues(grids.find((g) => g.name === name)!);
      const computed = fillings[i].expected.map(({ row, col }) => cents(valueAt(grid, row, col)));
      expect([name, computed]).toEqual([name, fillings[i].expected.map(({ value }) => cents(value))]);
    });
  });
});
