import { fakeEnv } from './workbook';
import { FakeWorkbook } from './state';

/** The fake must fail the way Office.js fails, or the host tests prove nothing. */
describe('fake Excel API', () => {
  test('properties throw PropertyNotLoaded until loaded and synced; syncs are counted', async () => {
    const wb = new FakeWorkbook();
    wb.addSheet('表', [['a', 1]]);
    await fakeEnv(wb).run(async (context) => {
      const range = context.workbook.worksheets.getItem('表').getRange('A1:B1');
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      range.load('values');
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await context.sync();
      expect(range.values).toEqual([['a', 1]]);
      expect(() => range.text).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    });
    expect(wb.syncs).toBe(1);
  });

  test('writes apply on sync; a protected sheet fails the batch with InvalidOperation', async () => {
    const wb = new FakeWorkbook();
    wb.addSheet('开放');
    wb.addSheet('保护', [], { protected: true });
    await expect(
      fakeEnv(wb).run(async (context) => {
        context.workbook.worksheets.getItem('开放').getRange('A1').format.fill.color = '#ffc7ce';
        expect(wb.fillOf('开放', 'A1')).toBeNull();
        context.workbook.worksheets.getItem('保护').getRange('A1').format.fill.color = '#FFC7CE';
        context.workbook.worksheets.getItem('开放').getRange('A2').format.fill.color = '#FFC7CE';
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidOperation' });
    expect(wb.fillOf('开放', 'A1')).toBe('#FFC7CE');
    expect(wb.fillOf('开放', 'A2')).toBeNull();
  });

  test('APIs above the host requirement set fail at sync with ApiNotFound', async () => {
    const wb = new FakeWorkbook({ apiMinor: 8 });
    wb.addSheet('表', [['a']]);
    const env = fakeEnv(wb);
    expect(env.isSetSupported('ExcelApi', '1.8')).toBe(true);
    expect(env.isSetSupported('ExcelApi', '1.9')).toBe(false);
    await expect(
      env.run(async (context) => {
        context.workbook.worksheets
          .getItem('表')
          .getRange('A1')
          .getCellProperties({ format: { fill: { color: true } } });
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ApiNotFound' });
    await expect(env.run(async () => undefined, { mergeUndoGroup: true })).rejects.toMatchObject({
      code: 'ApiNotFound',
    });
  });

  test('null objects, missing sheets and no-fill colours behave like Excel', async () => {
    const wb = new FakeWorkbook();
    wb.addSheet('空');
    await fakeEnv(wb).run(async (context) => {
      const used = context.workbook.worksheets.getItem('空').getUsedRangeOrNullObject();
      used.load('rowCount');
      const fill = context.workbook.worksheets.getItem('空').getRange('C3').format.fill;
      fill.load('color');
      await context.sync();
      expect(used.isNullObject).toBe(true);
      expect(fill.color).toBe('#FFFFFF');
      context.workbook.worksheets.getItem('没有').getRange('A1').load('values');
      await expect(context.sync()).rejects.toMatchObject({ code: 'ItemNotFound' });
    });
  });
  test('setCellProperties: `{}` leaves a cell (and the used range) alone; a mismatched array or an unmodelled property fails', async () => {
    const wb = new FakeWorkbook();
    wb.addSheet('表', [['a']]);
    wb.setFill('表', 'B1', '#00B050');
    await fakeEnv(wb).run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('表');
      sheet.getRange('A1:B2').setCellProperties([
        [{ format: { fill: { color: '#ffc7ce' } } }, {}],
        [{}, {}],
      ]);
      await context.sync();
      sheet.getRange('A1:B1').setCellProperties([[{}]]);
      await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
      sheet.getRange('A1').setCellProperties([[{ format: { fill: { pattern: 'None' } } }]]);
      await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
    });
    expect([wb.fillOf('表', 'A1'), wb.fillOf('表', 'B1')]).toEqual(['#FFC7CE', '#00B050']);
    expect(wb.sheet('表')!.cells.size).toBe(2); // no cells created for A2:B2
    expect(wb.cellPropertyWrites).toEqual([{ sheet: '表', address: 'A1:B2', cells: 4 }]);

    const old = new FakeWorkbook({ apiMinor: 8 });
    old.addSheet('表');
    await expect(
      fakeEnv(old).run(async (context) => {
        context.workbook.worksheets
          .getItem('表')
          .getRange('A1')
          .setCellProperties([[{}]]);
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ApiNotFound' });
  });

  test('a failed batch delivers none of its loads, not even those queued before the failure', async () => {
    const wb = new FakeWorkbook();
    wb.addSheet('表', [['a']]);
    await fakeEnv(wb).run(async (context) => {
      const good = context.workbook.worksheets.getItem('表').getRange('A1');
      good.load('values');
      context.workbook.worksheets.getItem('无此表').getRange('A1').load('values');
      await expect(context.sync()).rejects.toMatchObject({ code: 'ItemNotFound' });
      expect(() => good.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    });
  });

  test('on the web a response over 5 MB of JSON fails the sync; desktop has no such cap', async () => {
    const load = async (platform: 'web' | 'desktop') => {
      const wb = new FakeWorkbook({ platform });
      wb.addSheet(
        '表',
        Array.from({ length: 3000 }, () => ['预算'.repeat(300)]),
      ); // ~1.8 KB of UTF-8 a cell
      await fakeEnv(wb).run(async (context) => {
        const range = context.workbook.worksheets.getItem('表').getRange('A1:A3000');
        range.load('values');
        await context.sync();
        expect(range.values).toHaveLength(3000);
      });
      return wb;
    };
    await expect(load('web')).rejects.toMatchObject({ code: 'ResponsePayloadSizeLimitExceeded' });
    const desktop = await load('desktop');
    expect(desktop.largestSyncBytes).toBe(
      new TextEncoder().encode(JSON.stringify(Array(3000).fill(['预算'.repeat(300)]))).length,
    );
  });

  test('getRanges(…).format.fill.clear() clears every area; needs ExcelApi 1.9; refuses addresses over 8,192 characters', async () => {
    const wb = new FakeWorkbook();
    wb.addSheet('表', [['a', 'b', 'c']]);
    for (const cell of ['A1', 'C1', 'B3']) wb.setFill('表', cell, '#FFC7CE');
    await fakeEnv(wb).run(async (context) => {
      context.workbook.worksheets.getItem('表').getRanges('A1, B3:C3').format.fill.clear();
      await context.sync();
    });
    expect(['A1', 'C1', 'B3'].map((cell) => wb.fillOf('表', cell))).toEqual([null, '#FFC7CE', null]);
    expect(wb.areaClears).toEqual([{ sheet: '表', areas: 2, chars: 9 }]);
    const tooLong = Array.from({ length: 1000 }, (_, i) => `A${i + 1}:B${i + 1}`).join(',');
    await expect(
      fakeEnv(wb).run(async (context) => {
        context.workbook.worksheets.getItem('表').getRanges(tooLong).format.fill.clear();
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
    const old = new FakeWorkbook({ apiMinor: 8 });
    old.addSheet('表', [['a']]);
    await expect(
      fakeEnv(old).run(async (context) => {
        context.workbook.worksheets.getItem('表').getRanges('A1').format.fill.clear();
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ApiNotFound' });
  });
});
