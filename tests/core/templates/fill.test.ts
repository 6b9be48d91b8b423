import ExcelJS from 'exceljs';
import { evaluateMissingValues } from '../../../src/core/formula/missing';
import { valueAt } from '../../../src/core/grid/access';
import type { SheetGrid } from '../../../src/core/grid/types';
import { buildTemplate } from '../../../src/core/templates/catalog';
import { draftToGrid } from '../../../src/core/templates/grid';
import { readWorkbookBuffer } from '../../../src/xlsx/read';
import { loadPingxiang, sheetNamed } from '../helpers/fixtures';
import { writeDrafts } from '../../../src/xlsx/write';
import { fillingFromFixture, find, withInputs } from './pingxiang-fill';

const OPTIONS = { unitName: '中共平乡县委网络安全和信息化委员会办公室', year: 2023, unit: '万元' as const };

/** Template id → the fixture sheet publishing that table. */
const TABLES: [string, string][] = [
  ['budget-summary', '1收支总表'],
  ['budget-income', '2收入总表'],
  ['budget-expenditure', '3支出总表'],
  ['budget-fiscal-summary', '4财政拨款收支总表'],
  ['budget-general-expenditure', '5一般公共预算支出表'],
  ['budget-general-basic', '6一般公共预算基本支出表'],
  ['budget-fund-expenditure', '7政府基金预算支出表'],
  ['budget-capital-expenditure', '8国有资本经营预算支出表'],
  ['budget-three-public', '9三公经费支出表'],
];

let fixture: SheetGrid[];
beforeAll(async () => {
  fixture = await loadPingxiang();
});

function filled(id: string, sheet: string) {
  const [draft] = buildTemplate(id, OPTIONS);
  const filling = fillingFromFixture(draft, sheetNamed(fixture, sheet));
  return { draft: withInputs(draft, filling.inputs), filling };
}

/** Every formula cell the fixture publishes a figure for computes that figure. */
function expectPublishedTotals(grid: SheetGrid, expected: { row: number; col: number; value: unknown }[]) {
  for (const { row, col, value } of expected) expect([row, col, valueAt(grid, row, col)]).toEqual([row, col, value]);
}

describe('budget templates filled with the pingxiang figures', () => {
  it.each(TABLES)('%s: the formulas give the published totals (draft → grid → evaluator)', (id, sheet) => {
    const { draft, filling } = filled(id, sheet);
    const grid = evaluateMissingValues(draftToGrid(draft));
    expect(grid.readWarnings).toBeUndefined();
    expectPublishedTotals(grid, filling.expected);
  });

  it('fills only input cells and checks every published total', () => {
    const counts = TABLES.map(([id, sheet]) => filled(id, sheet).filling.expected.length);
    // 收支总表 4 totals; 收入总表 合计 row + 14 rows × (合计, 小计); … the empty tables none.
    expect(counts.slice(0, 6).every((n) => n >= 4)).toBe(true);
    expect(counts.slice(6)).toEqual([0, 0, 0]);
  });

  it('reproduces 107.54 / 77.54 / 30.00 in the 支出总表 合计 row, and follows an edited input', () => {
    const { draft } = filled('budget-expenditure', '3支出总表');
    const grid = evaluateMissingValues(draftToGrid(draft));
    const total = find(grid, '合计')!; // the 合计 header comes first …
    const totalsRow = grid.values.findIndex((r, i) => i > total.row + 1 && r[2] === '合计'); // … then the row
    expect([3, 4, 5].map((c) => valueAt(grid, totalsRow, c))).toEqual([107.54, 77.54, 30]);

    // The 合计 row adds up the 类 rows: editing 201's 基本支出 moves it, editing a 项 row does not
    // (that mismatch is sum/hierarchy's to report).
    const at = (edit: { row: number; value: number }) => {
      const regrid = evaluateMissingValues(draftToGrid(withInputs(draft, [{ ...edit, col: 4 }])));
      return [3, 4, 5].map((c) => valueAt(regrid, totalsRow, c));
    };
    expect(valueAt(grid, totalsRow + 1, 1)).toBe('201');
    expect(at({ row: totalsRow + 1, value: 61.14 })).toEqual([107.64, 77.64, 30]);
    expect(valueAt(grid, totalsRow + 3, 1)).toBe('2013701');
    expect(at({ row: totalsRow + 3, value: 61.14 })).toEqual([107.54, 77.54, 30]);
  });

  it.each(TABLES)('%s: through exceljs (write, read back, evaluate) the totals are the same', async (id, sheet) => {
    const { draft, filling } = filled(id, sheet);
    const workbook = new ExcelJS.Workbook();
    const [name] = writeDrafts(workbook, [draft]);
    const grids = await readWorkbookBuffer(await workbook.xlsx.writeBuffer());
    const read = sheetNamed(grids, name);
    // exceljs does not calculate: the formulas come back without values, the evaluator fills them.
    const first = filling.expected[0];
    if (first) expect(valueAt(read, first.row, first.col)).toBeNull();
    expectPublishedTotals(evaluateMissingValues(read), filling.expected);
  });
});
