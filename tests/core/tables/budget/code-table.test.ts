import { gridFromRows } from '../../../../src/core/grid/access';
import { loadPingxiang, sheetNamed } from '../../helpers/fixtures';
import { amountsAsText, amountsFullWidth, setCells, shiftGrid, wanToYuan } from '../../helpers/mutate';
import { buildFirst } from '../../helpers/build';

const INCOME = '2收入总表';

describe('code tables', () => {
  it('reads the 收入总表: columns by role, 合计 row, code rows with levels', async () => {
    const table = buildFirst(sheetNamed(await loadPingxiang(), INCOME), 'budget.income');
    expect(table.columns.map((c) => c.role)).toEqual([
      'index',
      'code',
      'name',
      'total',
      'subtotal',
      'fiscal',
      'special',
      'institution',
      'business',
      'superior',
      'affiliated',
      'other',
      'carryover',
    ]);
    expect(table.totalRow).toMatchObject({
      row: 5,
      amounts: { total: { fen: 107_540_000 }, fiscal: { fen: 107_540_000 } },
    });
    expect(table.codeRows).toHaveLength(13);
    expect(table.codeRows.slice(0, 3).map((r) => [r.code, r.level, r.name])).toEqual([
      ['201', 'class', '一般公共服务支出'],
      ['20137', 'section', '网信事务'],
      ['2013701', 'item', '行政运行'],
    ]);
    expect(table.data).toEqual({ top: 5, bottom: 18 });
    expect(table.hasAmounts).toBe(true);
  });

  it('reads 经济分类 codes in the 基本支出表', async () => {
    const table = buildFirst(sheetNamed(await loadPingxiang(), '6一般公共预算基本支出表'), 'budget.general-basic');
    expect(table.classification).toBe('economic');
    expect(table.codeRows.filter((r) => r.level === 'class').map((r) => r.code)).toEqual(['301', '302']);
    expect(table.totalRow?.amounts).toMatchObject({ personnel: { fen: 72_800_000 }, public: { fen: 4_740_000 } });
  });

  it('reads an empty table: no data, its note, no amounts', async () => {
    const table = buildFirst(sheetNamed(await loadPingxiang(), '7政府基金预算支出表'), 'budget.fund-expenditure');
    expect(table).toMatchObject({ data: null, hasAmounts: false, totalRow: null, codeRows: [] });
    expect(table.notes[0]).toMatchObject({ row: 6, col: 0, text: expect.stringContaining('空表列示') });
  });

  describe('amount variants read as the same 分', () => {
    const fenOf = (grid: Parameters<typeof buildFirst>[0]) =>
      buildFirst(grid, 'budget.income').codeRows.map((r) => [r.code, r.amounts.total?.fen, r.amounts.fiscal?.fen]);

    it.each([
      ['text with separators', (g: Parameters<typeof buildFirst>[0]) => amountsAsText(g, 'D6:M19')],
      ['full-width digits', (g: Parameters<typeof buildFirst>[0]) => amountsFullWidth(g, 'D6:M19')],
      ['元 instead of 万元', (g: Parameters<typeof buildFirst>[0]) => wanToYuan(g, 'D6:M19')],
      [
        '元 as text with separators',
        (g: Parameters<typeof buildFirst>[0]) => amountsAsText(wanToYuan(g, 'D6:M19'), 'D6:M19'),
      ],
    ])('%s', async (_, variant) => {
      const grid = sheetNamed(await loadPingxiang(), INCOME);
      expect(fenOf(variant(grid))).toEqual(fenOf(grid));
    });

    it('values in 元 report the unit 元', async () => {
      const grid = wanToYuan(sheetNamed(await loadPingxiang(), INCOME), 'D6:M19');
      expect(buildFirst(grid, 'budget.income').unit).toBe('元');
      expect(grid.values[5][3]).toBe(1_075_400);
      expect(amountsAsText(grid, 'D6:M19').values[5][3]).toBe('1,075,400.00');
    });
  });

  it('finds the same table moved down and right, with shifted coordinates', async () => {
    const grid = sheetNamed(await loadPingxiang(), INCOME);
    const moved = buildFirst(shiftGrid(grid, 4, 3), 'budget.income');
    const original = buildFirst(grid, 'budget.income');
    expect(moved.codeRows.map((r) => [r.code, r.row - 4, r.codeCell.col - 3])).toEqual(
      original.codeRows.map((r) => [r.code, r.row, r.codeCell.col]),
    );
    expect(moved.totalRow?.amounts.total).toMatchObject({ row: 9, col: 6, fen: 107_540_000 });
  });

  it.each([
    ['as text', ['201', '37', '01'], [201, 37, 2]],
    ['as numbers losing their zeros', [201, 37, 1], [201, 37, 2]],
    ['as full codes in each column', ['201', '20137', '2013701'], ['201', '20137', '2013702']],
  ])('joins codes split over 类|款|项 columns, written %s', (_, item1, item2) => {
    const grid = gridFromRows(
      's',
      [
        ['一般公共预算支出表'],
        ['单位：元'],
        ['科目编码', null, null, '科目名称', '合计', '基本支出', '项目支出'],
        ['类', '款', '项', null, null, null, null],
        [null, null, null, '合计', 10, 6, 4],
        ['201', null, null, '一般公共服务支出', 10, 6, 4],
        ['201', '37', null, '网信事务', 10, 6, 4],
        [...item1, '行政运行', 6, 6, null],
        [...item2, '一般行政管理事务', 4, null, 4],
      ],
      {
        merges: [
          { top: 2, left: 0, bottom: 2, right: 2 },
          { top: 2, left: 3, bottom: 3, right: 3 },
          { top: 2, left: 4, bottom: 3, right: 4 },
        ],
      },
    );
    const table = buildFirst(grid, 'budget.general-expenditure');
    expect(table.codeRows.map((r) => [r.code, r.level, r.codeCell.col])).toEqual([
      ['201', 'class', 0],
      ['20137', 'section', 1],
      ['2013701', 'item', 2],
      ['2013702', 'item', 2],
    ]);
    expect(table.totalRow?.amounts.total?.fen).toBe(1000);
  });

  it('splits a code written in the name cell', () => {
    const grid = gridFromRows('s', [
      ['部门支出总表'],
      ['科目', '合计', '基本支出', '项目支出'],
      ['合计', 1, 1, null],
      ['201 一般公共服务支出', 1, 1, null],
    ]);
    const table = buildFirst(grid, 'budget.expenditure');
    expect(table.codeRows.map((r) => [r.code, r.name])).toEqual([['201', '一般公共服务支出']]);
    expect(table.totalRow?.row).toBe(2);
  });

  it('marks #REF! and other non-amount text as invalid cells', async () => {
    const grid = setCells(sheetNamed(await loadPingxiang(), INCOME), { D9: '#REF!', E9: '待定' });
    const row = buildFirst(grid, 'budget.income').codeRows.find((r) => r.code === '2013701')!;
    expect(row.amounts.total).toMatchObject({ fen: null, invalid: true, text: '#REF!' });
    expect(row.amounts.subtotal).toMatchObject({ fen: null, invalid: true });
    expect(row.amounts.fiscal).toMatchObject({ fen: 61_040_000 });
  });
});
