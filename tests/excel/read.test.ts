import { createOfficeHost } from '../../src/excel/host';
import { parseAreas, rowBlocksOf } from '../../src/excel/read';
import type { HostPlatform } from '../../src/excel/env';
import { PAYLOAD_LIMIT_BYTES } from './fake/core';
import { fakeEnv } from './fake/workbook';
import { FakeWorkbook } from './fake/state';

function workbookWith(sheets: number, options = {}): FakeWorkbook {
  const wb = new FakeWorkbook(options);
  for (let i = 0; i < sheets; i++)
    wb.addSheet(`表${i + 1}`, [
      [`表${i + 1}`, null, null],
      ['项目', '金额', '备注'],
      ['合计', '=SUM(B4:B5)', null],
      ['基本支出', 10.5, null],
      ['项目支出', 2, '#REF!'],
    ]);
  return wb;
}

async function readSyncs(sheets: number, apiMinor = 20): Promise<number> {
  const wb = workbookWith(sheets, { apiMinor });
  const host = createOfficeHost(fakeEnv(wb));
  const grids = await host.readGrids();
  expect(grids).toHaveLength(sheets);
  return wb.syncs;
}

describe('Office host: reading', () => {
  test('takes the same number of syncs for 1, 10 and 200 sheets', async () => {
    const counts = [await readSyncs(1), await readSyncs(10), await readSyncs(200)];
    expect(counts).toEqual([3, 3, 3]);
    const legacy = [await readSyncs(1, 1), await readSyncs(10, 1), await readSyncs(200, 1)];
    expect(legacy).toEqual([3, 3, 3]);
  });

  test('reads values, text, formats, formulas and merges at their absolute position', async () => {
    const wb = new FakeWorkbook();
    const sheet = wb.addSheet('收支总表', []);
    wb.setFill('收支总表', 'B3', null);
    sheet.cells.get('2,1')!.value = '单位：万元';
    sheet.cells.set('3,2', { value: 107.54, formula: '=SUM(C5:C6)', numberFormat: '0.00', text: '107.54', fill: null });
    sheet.merges.push({ top: 2, left: 1, bottom: 2, right: 2 });
    const [grid] = await createOfficeHost(fakeEnv(wb)).readGrids();
    expect(grid.origin).toEqual({ row: 2, col: 1 });
    expect(grid.values).toEqual([
      ['单位：万元', null],
      [null, 107.54],
    ]);
    expect(grid.formulas).toEqual([
      ['', ''],
      ['', '=SUM(C5:C6)'],
    ]);
    expect(grid.numberFormat![1][1]).toBe('0.00');
    expect(grid.text![1][1]).toBe('107.54');
    expect(grid.merges).toEqual([{ top: 2, left: 1, bottom: 2, right: 2 }]);
  });

  test('reads hidden, very hidden and protected sheets; #REF! stays an error string', async () => {
    const wb = workbookWith(3);
    wb.sheets[1].visibility = 'Hidden';
    wb.sheets[2].visibility = 'VeryHidden';
    wb.sheets[2].protected = true;
    const grids = await createOfficeHost(fakeEnv(wb)).readGrids();
    expect(grids.map((g) => g.visibility)).toEqual(['visible', 'hidden', 'veryHidden']);
    expect(grids.map((g) => g.protected)).toEqual([false, false, true]);
    expect(grids[2].values[4][2]).toBe('#REF!');
    expect(grids[0].formulas![2][1]).toBe('=SUM(B4:B5)');
  });

  test('formatting alone does not widen the range read (values-only used range from ExcelApi 1.2)', async () => {
    const wb = new FakeWorkbook();
    wb.addSheet('表', [['标题', 1]]);
    wb.setFill('表', 'Z500', '#FFFF00');
    const [grid] = await createOfficeHost(fakeEnv(wb)).readGrids();
    expect(grid.values).toEqual([['标题', 1]]);
  });

  test('a blank sheet reads as empty, with or without null objects', async () => {
    for (const apiMinor of [20, 1]) {
      const wb = new FakeWorkbook({ apiMinor });
      wb.addSheet('空表');
      const [grid] = await createOfficeHost(fakeEnv(wb)).readGrids();
      expect(grid.values).toEqual([]);
    }
  });

  test('reads only the requested sheets and reports progress', async () => {
    const wb = workbookWith(5);
    const progress: string[] = [];
    const grids = await createOfficeHost(fakeEnv(wb)).readGrids({
      sheets: ['表2', '表4'],
      onProgress: (done, total) => progress.push(`${done}/${total}`),
    });
    expect(grids.map((g) => g.name)).toEqual(['表2', '表4']);
    expect(progress[0]).toBe('0/2');
    expect(progress[progress.length - 1]).toBe('2/2');
  });

  test('with only ExcelApi 1.1: no protection, no merges, still every value', async () => {
    const wb = workbookWith(2, { apiMinor: 1 });
    wb.sheets[0].merges.push({ top: 0, left: 0, bottom: 0, right: 2 });
    const host = createOfficeHost(fakeEnv(wb));
    expect(host.capabilities).toMatchObject({ canReadMerges: false, canPaintNotes: false, stateStore: 'document' });
    const grids = await host.readGrids();
    expect(grids[0].merges).toEqual([]);
    expect(grids[0].protected).toBeUndefined();
    expect(grids[1].values[3]).toEqual(['基本支出', 10.5, null]);
  });

  test('large ranges are read in row blocks that respect the per-range and per-sync limits', async () => {
    const wb = new FakeWorkbook({ maxCellsPerRange: 1000, maxCellsPerSync: 4000 });
    const rows = Array.from({ length: 600 }, (_, r) => Array.from({ length: 10 }, (_, c) => r * 10 + c + 1));
    wb.addSheet('大表', rows);
    wb.addSheet('小表', [['x']]);
    const host = createOfficeHost(fakeEnv(wb), {
      bytesPerSync: Infinity,
      cellsPerSync: 1000,
      cellsPerSheet: 5_000_000,
    });
    const [big, small] = await host.readGrids();
    expect(big.readWarnings).toBeUndefined();
    expect(big.values).toHaveLength(600);
    expect(big.values[599][9]).toBe(6000);
    expect(big.values.flat().every((v, i) => v === i + 1)).toBe(true);
    expect(small.values).toEqual([['x']]);
    // 6001 cells in blocks of ≤ 1000 cells (4000 cell values: values, text, formats, formulas): seven data syncs after the two for the sheet list and bounds.
    expect(wb.syncs).toBe(2 + 7);
  });

  test('a sheet Excel refuses to return, even row by row, is reported, not fatal', async () => {
    const wb = new FakeWorkbook({ maxCellsPerRange: 3 });
    wb.addSheet('正常', [['a', 1]]);
    wb.addSheet(
      '超大',
      Array.from({ length: 20 }, () => Array.from({ length: 5 }, () => 1)),
    );
    const [ok, big] = await createOfficeHost(fakeEnv(wb)).readGrids();
    expect(ok.values).toEqual([['a', 1]]);
    expect(big.values).toHaveLength(20);
    expect(big.readWarnings?.[0]).toMatch(/超大.*无法读取/);
  });

  test('huge sheets are truncated with a warning', async () => {
    const wb = new FakeWorkbook();
    wb.addSheet(
      '巨表',
      Array.from({ length: 50 }, () => [1, 2]),
    );
    const limits = { bytesPerSync: Infinity, cellsPerSync: 100_000, cellsPerSheet: 40 };
    const [grid] = await createOfficeHost(fakeEnv(wb), limits).readGrids();
    expect(grid.values).toHaveLength(20);
    expect(grid.readWarnings).toEqual(['工作表过大（50 行 × 2 列），只检查了前 20 行']);
  });

  test('row blocks and merged-area addresses', () => {
    expect(rowBlocksOf({ top: 2, left: 0, bottom: 9, right: 3 }, 12)).toEqual([
      { top: 2, left: 0, bottom: 4, right: 3 },
      { top: 5, left: 0, bottom: 7, right: 3 },
      { top: 8, left: 0, bottom: 9, right: 3 },
    ]);
    expect(parseAreas("'收支, 总表'!$A$1:$B$2, '收支, 总表'!C3")).toEqual([
      { top: 0, left: 0, bottom: 1, right: 1 },
      { top: 2, left: 2, bottom: 2, right: 2 },
    ]);
  });
});

/** 200 sheets of 250 rows × 20 columns (1 M cells) shaped like budget tables: a label column, amounts with 2 decimals, a blank column. */
function budgetWorkbook(platform: HostPlatform): FakeWorkbook {
  const wb = new FakeWorkbook({ platform });
  for (let s = 0; s < 200; s++) {
    const sheet = wb.addSheet(`表${s + 1}`, []);
    for (let r = 0; r < 250; r++)
      for (let c = 0; c < 20; c++) {
        if (c === 19) continue;
        const amount = Math.round((r * 20 + c + s) * 137.31) / 100;
        const label = c === 0 ? `${2010000 + r} 一般公共服务支出第${r}项` : '';
        sheet.cells.set(`${r},${c}`, {
          value: label || amount,
          formula: r === 0 && c > 0 ? `=SUM(${String.fromCharCode(65 + c)}2:${String.fromCharCode(65 + c)}250)` : '',
          numberFormat: label ? '@' : '#,##0.00',
          text: label || amount.toFixed(2),
          fill: null,
        });
      }
    sheet.cells.set('249,19', { value: '', formula: '', numberFormat: 'General', fill: null, text: '' });
    sheet.cells.get('249,18')!.value = 'end';
  }
  return wb;
}

describe('Office host: reading within the platform budget', () => {
  test('Excel on the web: 1 M cells in several syncs, each response under 5 MB', async () => {
    const wb = budgetWorkbook('web');
    const grids = await createOfficeHost(fakeEnv(wb)).readGrids();
    expect(grids.every((g) => g.readWarnings === undefined && g.values.length === 250)).toBe(true);
    expect(grids[199].text![5][3]).toBe(wb.sheets[199].cells.get('5,3')!.text);
    expect(grids[0].formulas![0][1]).toBe('=SUM(B2:B250)');
    expect(wb.largestSyncBytes).toBeLessThanOrEqual(PAYLOAD_LIMIT_BYTES);
    expect(wb.largestSyncBytes).toBeGreaterThan(PAYLOAD_LIMIT_BYTES / 2); // the budget is used, not squandered
    expect(wb.syncs).toBeGreaterThan(3);
    expect(wb.syncs).toBeLessThanOrEqual(2 + 15);
  }, 60_000);

  test('desktop (Windows, Mac): the same 1 M cells in 3 syncs — no payload cap there', async () => {
    const wb = budgetWorkbook('desktop');
    const grids = await createOfficeHost(fakeEnv(wb)).readGrids();
    expect(grids.every((g) => g.readWarnings === undefined && g.values.length === 250)).toBe(true);
    expect(grids[199].values[249][18]).toBe('end');
    expect(wb.syncs).toBe(3);
  }, 60_000);

  test('desktop still splits a genuinely huge workbook (3 M cells over 3 sheets)', async () => {
    const wb = new FakeWorkbook({ platform: 'desktop' });
    for (const name of ['甲', '乙', '丙']) {
      const sheet = wb.addSheet(name, [[1]]);
      sheet.cells.set('49999,19', { value: 2, formula: '', numberFormat: 'General', fill: null });
    }
    const grids = await createOfficeHost(fakeEnv(wb)).readGrids();
    expect(grids.map((g) => g.values.length)).toEqual([50_000, 50_000, 50_000]);
    expect(grids[2].values[49_999][19]).toBe(2);
    expect(wb.syncs).toBe(2 + 2); // at most 2 M cells per round trip
  }, 60_000);

  test('on the web, a block whose text beats the estimate is re-read in halves, not lost', async () => {
    const wb = new FakeWorkbook({ platform: 'web' });
    const note = '绩效目标说明'.repeat(60); // 360 characters, ~1 KB of UTF-8 in each of values, text, formulas
    const sheet = wb.addSheet(
      '绩效目标表',
      Array.from({ length: 2000 }, (_, r) => [`${r}`, note]),
    );
    sheet.merges.push({ top: 0, left: 0, bottom: 0, right: 1 });
    const [grid] = await createOfficeHost(fakeEnv(wb)).readGrids();
    expect(grid.readWarnings).toBeUndefined();
    expect(grid.values).toHaveLength(2000);
    expect(grid.values[1999]).toEqual(['1999', note]);
    // Refused with the first batch, the merged areas were asked for again.
    expect(grid.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 1 }]);
    expect(wb.largestSyncBytes).toBeLessThanOrEqual(PAYLOAD_LIMIT_BYTES);
  });
});
