/** 出错说明 through the Office host: written with ExcelApi 1.1 calls, read back by readGrids, very hidden where settable. */
import { EXPLANATIONS_SHEET, readExplanations, type Explanation } from '../../src/core/explanations';
import { createOfficeHost } from '../../src/excel/host';
import { FakeWorkbook } from './fake/state';
import { fakeEnv } from './fake/workbook';

const explanation = (cell: string, text: string): Explanation => ({
  ruleId: 'structure/unit',
  sheet: '收支总表',
  cell,
  fingerprint: '1a2b3c4d',
  text,
  date: '2026-12-06',
});

function workbook(apiMinor: number): FakeWorkbook {
  const wb = new FakeWorkbook({ apiMinor });
  wb.addSheet('收支总表', [['部门收支总表'], ['单位：元'], ['合计', 1]]);
  return wb;
}

describe('Office host: 出错说明', () => {
  it.each([1, 20])(
    'round-trips through the workbook on ExcelApi 1.%i in at most 3 syncs per save',
    async (apiMinor) => {
      const wb = workbook(apiMinor);
      const host = createOfficeHost(fakeEnv(wb));
      // Text that Excel would otherwise turn into a formula or a number stays as typed.
      const first = [explanation('A2', '=按上级口径以元列示'), explanation('B3', '2026')];
      let before = wb.syncs;
      await host.writeExplanations(first);
      expect(wb.syncs - before).toBeLessThanOrEqual(2);
      expect(readExplanations(await host.readGrids())).toEqual(first);

      before = wb.syncs;
      await host.writeExplanations([first[1]]);
      expect(wb.syncs - before).toBeLessThanOrEqual(3);
      // The removed row is blanked, not left behind to come back.
      expect(readExplanations(await host.readGrids())).toEqual([first[1]]);
      expect(wb.sheets.filter((s) => s.name === EXPLANATIONS_SHEET)).toHaveLength(1);
    },
  );

  it('very hides the sheet where visibility can be set (ExcelApi 1.2), leaves it visible on 1.1', async () => {
    for (const [apiMinor, visibility] of [
      [1, 'Visible'],
      [2, 'VeryHidden'],
    ] as const) {
      const wb = workbook(apiMinor);
      await createOfficeHost(fakeEnv(wb)).writeExplanations([explanation('A2', '说明')]);
      expect(wb.sheets.find((s) => s.name === EXPLANATIONS_SHEET)?.visibility).toBe(visibility);
    }
  });
});
