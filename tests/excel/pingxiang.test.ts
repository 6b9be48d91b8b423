import { valueAt } from '../../src/core/grid/access';
import { validateWorkbook } from '../../src/core/validate';
import { createOfficeHost } from '../../src/excel/host';
import { SEVERITY_FILLS } from '../../src/excel/targets';
import { readWorkbookFile } from '../../src/xlsx/read';
import { fakeEnv } from './fake/workbook';
import { FakeWorkbook } from './fake/state';

const FIXTURE = 'tests/fixtures/pingxiang-2023-department-budget.xlsx';

describe('Office host end to end on the 萍乡 department budget', () => {
  test.each([20, 1])(
    'ExcelApi 1.%i: read → validateWorkbook → paint → clear in ≤ 5 syncs, fills restored',
    async (apiMinor) => {
      const fixture = await readWorkbookFile(FIXTURE);
      const wb = new FakeWorkbook({ apiMinor });
      fixture.forEach((grid) => wb.addGrid(grid));
      wb.sheets[1].visibility = 'Hidden';
      wb.setFill(fixture[0].name, 'A1', '#D9E1F2'); // a title the publisher shaded
      const fillsBefore = new Map(wb.sheets.map((s) => [s.name, new Map([...s.cells].map(([k, c]) => [k, c.fill]))]));

      const host = createOfficeHost(fakeEnv(wb));
      const grids = await host.readGrids();
      expect(wb.syncs).toBe(3);
      expect(grids.map((g) => g.name)).toEqual(fixture.map((g) => g.name));
      grids.forEach((grid, i) => {
        // ExcelApi 1.1 cannot read merged areas; the sheet is still read and validated without them.
        expect(grid.merges).toEqual(apiMinor >= 13 ? fixture[i].merges : []);
        fixture[i].values.forEach((row, r) => row.forEach((value, c) => expect(valueAt(grid, r, c)).toEqual(value)));
      });

      const report = validateWorkbook(grids);
      expect(report.findings.length).toBeGreaterThan(0);
      if (apiMinor >= 13) {
        // Same grids, same verdict as the CLI's xlsx reader.
        const reference = validateWorkbook(fixture);
        const key = (f: { ruleId: string; sheet: string; cell: string }) => `${f.ruleId} ${f.sheet}!${f.cell}`;
        expect(report.findings.map(key)).toEqual(reference.findings.map(key));
      }

      const result = await host.paint(report);
      expect(wb.syncs).toBeLessThanOrEqual(5);
      expect(result.skipped).toEqual([]);
      const painted = new Set(report.findings.map((f) => `${f.sheet}!${f.cell.split(':')[0]}`));
      expect(result.painted).toBe(painted.size);
      for (const finding of report.findings.filter((f) => f.severity === 'error'))
        expect(wb.fillOf(finding.sheet, finding.cell.split(':')[0])).toBe(SEVERITY_FILLS.error);

      await createOfficeHost(fakeEnv(wb)).clear();
      for (const sheet of wb.sheets)
        for (const [k, cell] of sheet.cells)
          expect([sheet.name, k, cell.fill]).toEqual([sheet.name, k, fillsBefore.get(sheet.name)!.get(k) ?? null]);
    },
  );
});
