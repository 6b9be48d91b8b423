/**
 * Templates through the Office host and its fake Excel: inserted as new sheets in a constant number
 * of syncs, never over an existing sheet; filled with the pingxiang figures, the formulas Excel
 * would calculate give the published totals.
 */
import { createOfficeHost } from '../../../src/excel/host';
import { evaluateMissingValues } from '../../../src/core/formula/missing';
import { valueAt } from '../../../src/core/grid/access';
import type { SheetGrid } from '../../../src/core/grid/types';
import { buildTemplate } from '../../../src/core/templates/catalog';
import { validateWorkbook } from '../../../src/core/validate';
import { FakeWorkbook } from '../../excel/fake/state';
import { fakeEnv } from '../../excel/fake/workbook';
import { loadPingxiang, sheetNamed } from '../helpers/fixtures';
import { fillingFromFixture, fixtureSheetFor, withInputs, type Filling } from './pingxiang-fill';

const OPTIONS = { unitName: '中共平乡县委网络安全和信息化委员会办公室', year: 2023, unit: '万元' as const };

/** The fake stores formulas but, unlike Excel, does not calculate them: recalculate with the evaluator. */
function recalculated(grid: SheetGrid): SheetGrid {
  const values = grid.values.map((row, r) => row.map((v, c) => (grid.formulas?.[r]?.[c] ? null : v)));
  return evaluateMissingValues({ ...grid, values });
}

describe('inserting templates through the Office host', () => {
  it('inserts the full set in two syncs, with unique names, activating the first sheet', async () => {
    const state = new FakeWorkbook();
    state.addSheet('1收支总表', [['用户自己的表']]);
    const host = createOfficeHost(fakeEnv(state));
    const drafts = buildTemplate('all', OPTIONS);
    const before = state.syncs;
    const names = await host.insert(drafts);
    const syncsForNine = state.syncs - before;
    expect(names).toHaveLength(9);
    expect(names[0]).not.toBe('1收支总表'); // the user's sheet is kept, the template gets another name
    expect(state.sheet('1收支总表')!.cells.size).toBe(1);
    expect(state.activeSheet).toBe(names[0]);

    const one = state.syncs;
    await host.insert(buildTemplate('budget-summary', OPTIONS));
    expect(state.syncs - one).toBe(syncsForNine); // constant, whatever the number of sheets
    expect(syncsForNine).toBeLessThanOrEqual(2);
  });

  it('the filled budget tables give the pingxiang totals, and the inserted set validates without errors', async () => {
    const fixture = await loadPingxiang();
    const drafts = buildTemplate('all', OPTIONS);
    const fillings: Filling[] = drafts.map((draft) => fillingFromFixture(draft, fixtureSheetFor(draft, fixture)));
    const state = new FakeWorkbook();
    const host = createOfficeHost(fakeEnv(state));
    const names = await host.insert(drafts.map((d, i) => withInputs(d, fillings[i].inputs)));
    const grids = (await host.readGrids()).map(recalculated);

    names.forEach((name, i) => {
      const grid = sheetNamed(grids, name);
      for (const { row, col, value } of fillings[i].expected)
        expect([name, row, col, valueAt(grid, row, col)]).toEqual([name, row, col, value]);
    });
    expect(fillings.reduce((n, f) => n + f.expected.length, 0)).toBeGreaterThan(50);

    const report = validateWorkbook(grids);
    expect(report.tables).toHaveLength(9);
    expect(report.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });
});
