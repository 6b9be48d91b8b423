/** 边改边查 through the Office host: change events (ExcelApi 1.7), a re-check that turns a fixed cell's mark off, constant syncs. */
import type { CellChange } from '../../src/core/host';
import { validateWorkbook } from '../../src/core/validate';
import { createOfficeHost } from '../../src/excel/host';
import { touchesTable } from '../../src/taskpane/model/liveCheck';
import { readWorkbookFile } from '../../src/xlsx/read';
import { FakeWorkbook } from './fake/state';
import { fakeEnv } from './fake/workbook';

const FIXTURE = 'tests/fixtures/pingxiang-2023-department-budget.xlsx';

async function pingxiang(copies = 1): Promise<FakeWorkbook> {
  const fixture = await readWorkbookFile(FIXTURE);
  const wb = new FakeWorkbook();
  for (let i = 0; i < copies; i++)
    fixture.forEach((grid) => wb.addGrid(i === 0 ? grid : { ...grid, name: `${grid.name.slice(0, 25)}_${i}` }));
  return wb;
}

describe('Office host: 边改边查', () => {
  it('hears an edit, and the re-check turns the fixed cells’ marks off and brings their original fill back', async () => {
    const wb = await pingxiang();
    const host = createOfficeHost(fakeEnv(wb));
    const key = (f: { sheet: string; cell: string }) => `${f.sheet}!${f.cell.split(':')[0]}`;
    const clean = new Set(validateWorkbook(await host.readGrids()).findings.map(key));
    // A typing slip in the 收支总表: 一般公共预算拨款收入 107.54 → 100.
    const cell = { sheet: '1收支总表', address: 'C6' };
    const original = wb.sheet(cell.sheet)!.cells.get('5,2')!.value;
    expect(original).toBe(107.54);
    await wb.edit(cell.sheet, cell.address, 100);
    let report = validateWorkbook(await host.readGrids());
    await host.paint(report);
    const caused = report.findings.map(key).filter((k) => !clean.has(k));
    expect(caused.length).toBeGreaterThan(0);
    for (const k of caused) expect(wb.fillOf(k.split('!')[0], k.split('!')[1])).not.toBeNull();

    const heard: CellChange[][] = [];
    const stop = await host.watchChanges!((changes) => heard.push(changes));
    await wb.edit(cell.sheet, cell.address, original);
    expect(heard).toEqual([[{ sheet: cell.sheet, address: cell.address }]]);
    expect(touchesTable(report, heard[0])).toBe(true);

    report = validateWorkbook(await host.readGrids());
    await host.paint(report);
    expect(report.findings.map(key).filter((k) => !clean.has(k))).toEqual([]);
    for (const k of caused) expect(wb.fillOf(k.split('!')[0], k.split('!')[1])).toBeNull();

    await stop();
    expect(wb.changeHandlers).toEqual([]);
  });

  it('ignores an edit outside every recognized table', async () => {
    const wb = await pingxiang();
    const host = createOfficeHost(fakeEnv(wb));
    const report = validateWorkbook(await host.readGrids());
    const table = report.tables[0];
    expect(touchesTable(report, [{ sheet: table.sheet, address: 'ZZ900' }])).toBe(false);
    expect(touchesTable(report, [{ sheet: table.sheet, address: table.range.split(':')[0] }])).toBe(true);
  });

  it('costs the same syncs to start watching and to re-check for 15 and 150 sheets', async () => {
    const measured: number[][] = [];
    for (const copies of [1, 10]) {
      const wb = await pingxiang(copies);
      const host = createOfficeHost(fakeEnv(wb));
      await host.paint(validateWorkbook(await host.readGrids()));
      let before = wb.syncs;
      const stop = await host.watchChanges!(() => undefined);
      const watch = wb.syncs - before;
      before = wb.syncs;
      await host.paint(validateWorkbook(await host.readGrids()));
      const recheck = wb.syncs - before;
      before = wb.syncs;
      await stop();
      measured.push([watch, recheck, wb.syncs - before]);
    }
    expect(measured[0]).toEqual(measured[1]);
    expect(measured[0][0]).toBe(2);
    expect(measured[0][2]).toBe(1);
  });

  it('is unavailable before ExcelApi 1.7, so the pane turns live checking off', () => {
    expect(createOfficeHost(fakeEnv(new FakeWorkbook({ apiMinor: 6 }))).watchChanges).toBeUndefined();
    expect(createOfficeHost(fakeEnv(new FakeWorkbook({ apiMinor: 7 }))).watchChanges).toBeDefined();
  });
});
