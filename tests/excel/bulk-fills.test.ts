import type { Report, Severity } from '../../src/core/report/types';
import { rangeToA1 } from '../../src/core/grid/address';
import {
  addressChunks,
  BULK_WRITE_AREA_LIMIT,
  CLEAR_ADDRESS_CHARS,
  CLEAR_AREAS_PER_CALL,
} from '../../src/excel/fill-writes';
import { createOfficeHost } from '../../src/excel/host';
import { SEVERITY_FILLS } from '../../src/excel/targets';
import { fakeEnv } from './fake/workbook';
import { FakeWorkbook } from './fake/state';

function reportOf(findings: [string, string, Severity][]): Report {
  return {
    tables: [],
    skipped: [],
    warnings: [],
    findings: findings.map(([sheet, cell, severity]) => ({
      ruleId: 'sum/total-row',
      severity,
      sheet,
      cell,
      message: `${sheet}!${cell} 有误`,
    })),
    summary: { errors: 0, warnings: 0, infos: 0, sheets: 0 },
  };
}

/** Two sheets; 收支总表 has the user's green at B2 and a real white fill at C2, the rest no fill. */
function workbook(apiMinor: number): FakeWorkbook {
  const wb = new FakeWorkbook({ apiMinor });
  for (const name of ['收支总表', '支出总表']) wb.addSheet(name, [['标题'], ['合计', 1, 2], ['a', 3, 4]]);
  wb.setFill('收支总表', 'B2', '#00B050');
  wb.setFill('收支总表', 'C2', '#FFFFFF');
  return wb;
}

const REPORT = reportOf([
  ['收支总表', 'B2', 'error'],
  ['收支总表', 'C2', 'warning'],
  ['收支总表', 'B3', 'info'],
  ['支出总表', 'C3', 'warning'],
]);

describe('Office host: fills written in bulk (ExcelApi 1.9+)', () => {
  test.each([9, 20])(
    'ExcelApi 1.%i: one setCellProperties per sheet paints; clear restores the same fills',
    async (apiMinor) => {
      const wb = workbook(apiMinor);
      const host = createOfficeHost(fakeEnv(wb));
      await host.readGrids();
      await host.paint(REPORT);
      expect(wb.cellPropertyWrites).toEqual([
        { sheet: '收支总表', address: 'B2:C3', cells: 4 },
        { sheet: '支出总表', address: 'C3', cells: 1 },
      ]);
      expect(wb.fillWrites).toBe(0);
      expect(wb.fillOf('收支总表', 'C3')).toBeNull(); // `{}` in the array left it alone
      expect(wb.fillOf('收支总表', 'B3')).toBe(SEVERITY_FILLS.info);

      wb.cellPropertyWrites = [];
      await host.clear();
      // The coloured originals (green, white) go back in one call; the "no fill" ones need fill.clear(),
      // one getRanges(…).format.fill.clear() per sheet.
      expect(wb.cellPropertyWrites).toEqual([{ sheet: '收支总表', address: 'B2:C2', cells: 2 }]);
      expect(wb.areaClears).toEqual([
        { sheet: '收支总表', areas: 1, chars: 2 },
        { sheet: '支出总表', areas: 1, chars: 2 },
      ]);
      expect(wb.fillWrites).toBe(0);
      expect(wb.fillOf('收支总表', 'B2')).toBe('#00B050');
      expect(wb.fillOf('收支总表', 'C2')).toBe('#FFFFFF');
      expect(wb.fillOf('收支总表', 'B3')).toBeNull();
      expect(wb.fillOf('支出总表', 'C3')).toBeNull();
    },
  );

  test('below ExcelApi 1.9 fills are written range by range, never with setCellProperties', async () => {
    const wb = workbook(8);
    const host = createOfficeHost(fakeEnv(wb));
    await host.paint(REPORT);
    expect(wb.fillWrites).toBe(4);
    await host.clear();
    expect(wb.cellPropertyWrites).toEqual([]);
    expect(wb.areaClears).toEqual([]); // no getRanges before ExcelApi 1.9: one clear() per run
    expect(wb.fillWrites).toBe(8);
    expect(wb.fillOf('收支总表', 'B2')).toBe('#00B050');
    expect(wb.fillOf('支出总表', 'C3')).toBeNull();
  });

  test('200 sheets: 200 setCellProperties calls, still 2 syncs for the paint', async () => {
    const wb = new FakeWorkbook();
    const findings: [string, string, Severity][] = [];
    for (let i = 0; i < 200; i++) {
      wb.addSheet(`表${i}`, [['标题'], ['合计', 1, 2]]);
      findings.push([`表${i}`, 'B2', 'error'], [`表${i}`, 'C2', 'warning']);
    }
    const host = createOfficeHost(fakeEnv(wb));
    await host.readGrids();
    const before = wb.syncs;
    await host.paint(reportOf(findings));
    expect(wb.syncs - before).toBe(2);
    expect(wb.cellPropertyWrites).toHaveLength(200);
    expect(new Set(wb.cellPropertyWrites.map((w) => w.sheet)).size).toBe(200);
    expect(wb.fillOf('表199', 'C2')).toBe(SEVERITY_FILLS.warning);
  });

  test('findings at A1 and Z50000 are written in row bands, not one 1.3-million-cell array', async () => {
    const wb = new FakeWorkbook();
    wb.addSheet('表', [['标题']]);
    wb.setFill('表', 'Z50000', '#00B050');
    const host = createOfficeHost(fakeEnv(wb));
    await host.paint(
      reportOf([
        ['表', 'A1', 'error'],
        ['表', 'B1', 'error'],
        ['表', 'C1', 'error'],
        ['表', 'Z50000', 'warning'],
      ]),
    );
    expect(wb.cellPropertyWrites.map((w) => w.address)).toEqual(['A1:C1', 'Z50000']);
    expect(Math.max(...wb.cellPropertyWrites.map((w) => w.cells))).toBeLessThanOrEqual(BULK_WRITE_AREA_LIMIT);
    expect(wb.fillOf('表', 'Z50000')).toBe(SEVERITY_FILLS.warning);

    wb.cellPropertyWrites = [];
    await host.clear();
    expect(wb.areaClears).toEqual([{ sheet: '表', areas: 1, chars: 5 }]); // A1:C1 had no fill: one run
    expect(wb.cellPropertyWrites.map((w) => w.address)).toEqual(['Z50000']);
    expect(['A1', 'B1', 'C1'].map((cell) => wb.fillOf('表', cell))).toEqual([null, null, null]);
    expect(wb.fillOf('表', 'Z50000')).toBe('#00B050');
  });

  test('a dense column is cut into bands that each stay within the area limit', async () => {
    const wb = new FakeWorkbook();
    wb.addSheet('表', [['标题']]);
    const rows = Array.from({ length: 30 }, (_, i) => 1 + i * 1000);
    const host = createOfficeHost(fakeEnv(wb));
    await host.paint(
      reportOf(
        rows.flatMap((row): [string, string, Severity][] => [
          ['表', `A${row}`, 'error'],
          ['表', `J${row}`, 'info'],
        ]),
      ),
    );
    const areas = wb.cellPropertyWrites.map((w) => w.cells);
    expect(areas.length).toBeGreaterThan(1);
    expect(Math.max(...areas)).toBeLessThanOrEqual(BULK_WRITE_AREA_LIMIT);
    for (const row of rows)
      expect([wb.fillOf('表', `A${row}`), wb.fillOf('表', `J${row}`)]).toEqual([
        SEVERITY_FILLS.error,
        SEVERITY_FILLS.info,
      ]);
    expect(wb.fillOf('表', 'B1')).toBeNull();
  });
});

describe('Office host: "no fill" restored through RangeAreas (ExcelApi 1.9+)', () => {
  test('500 scattered cells are cleared in chunks of at most 200 areas and 4,000 characters, no extra sync', async () => {
    const wb = new FakeWorkbook();
    wb.addSheet('表', [['标题']]);
    // Every other row and column, so no two cells share a run: 500 areas, addresses up to "AMF999".
    const cells = Array.from({ length: 500 }, (_, i) =>
      rangeToA1({ top: 2 * i, left: 2 * i, bottom: 2 * i, right: 2 * i }),
    );
    const host = createOfficeHost(fakeEnv(wb));
    await host.readGrids();
    await host.paint(reportOf(cells.map((cell): [string, string, Severity] => ['表', cell, 'error'])));
    expect(cells.every((cell) => wb.fillOf('表', cell) === SEVERITY_FILLS.error)).toBe(true);

    const before = wb.syncs;
    await host.clear();
    expect(wb.syncs - before).toBe(3); // sheet list and record, fills, one write: as with single clears
    expect(wb.fillWrites).toBe(0);
    expect(wb.areaClears.length).toBeGreaterThanOrEqual(3);
    expect(wb.areaClears.reduce((sum, call) => sum + call.areas, 0)).toBe(500);
    for (const call of wb.areaClears) {
      expect(call.areas).toBeLessThanOrEqual(CLEAR_AREAS_PER_CALL);
      expect(call.chars).toBeLessThanOrEqual(CLEAR_ADDRESS_CHARS);
    }
    expect(cells.map((cell) => wb.fillOf('表', cell)).every((fill) => fill === null)).toBe(true);
  });

  test('address chunks respect both the area and the character budget, in order', () => {
    const many = Array.from({ length: 450 }, (_, i) => `A${i + 1}`);
    expect(addressChunks(many).map((chunk) => chunk.length)).toEqual([200, 200, 50]);
    expect(addressChunks(many).flat()).toEqual(many);
    const long = Array.from({ length: 600 }, (_, i) => `XFA${1_000_000 + i}:XFD${1_000_000 + i}`); // 19 characters
    for (const chunk of addressChunks(long)) expect(chunk.join(',').length).toBeLessThanOrEqual(CLEAR_ADDRESS_CHARS);
    expect(addressChunks(long).flat()).toEqual(long);
    expect(addressChunks([])).toEqual([]);
  });
});
