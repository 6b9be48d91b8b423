import { gridFromRows } from '../../../../src/core/grid/access';
import { loadPingxiang, sheetNamed } from '../../helpers/fixtures';
import { buildFirst } from '../../helpers/build';

describe('三公, 政府采购 and 资产 tables', () => {
  it("reads pingxiang's empty 三公 table in the rows layout", async () => {
    const table = buildFirst(sheetNamed(await loadPingxiang(), '9三公经费支出表'), 'budget.three-public');
    expect(table).toMatchObject({ layout: 'rows', items: {}, hasAmounts: false });
    expect(table.columns.map((c) => c.role)).toEqual(['index', 'name', 'total', 'general', 'fund', 'capital']);
  });

  it('reads 三公 items as rows', () => {
    const grid = gridFromRows('s', [
      ['财政拨款“三公”经费支出表'],
      ['项目', '合计', '一般公共预算财政拨款'],
      ['合计', 3, 3],
      ['1、因公出国（境）费', 0.5, 0.5],
      ['2、公务用车购置及运行费', 1.5, 1.5],
      ['其中：公务用车购置费', 1, 1],
      ['公务用车运行费', 0.5, 0.5],
      ['3、公务接待费', 1, 1],
    ]);
    const table = buildFirst(grid, 'budget.three-public');
    expect(table.layout).toBe('rows');
    expect(Object.fromEntries(Object.entries(table.items).map(([k, c]) => [k, c?.fen]))).toEqual({
      total: 3_000_000,
      abroad: 500_000,
      vehicle: 1_500_000,
      'vehicle-purchase': 1_000_000,
      'vehicle-operation': 500_000,
      reception: 1_000_000,
    });
    expect(table.itemAmounts.reception?.general?.fen).toBe(1_000_000);
  });

  it('reads 三公 items as columns, with 机关运行经费', () => {
    const grid = gridFromRows(
      's',
      [
        ['"三公"经费和机关运行经费预算表'],
        ['单位：元'],
        ['合计', '因公出国（境）费', '公务用车购置及运行费', null, null, '公务接待费', '机关运行经费'],
        [null, null, '小计', '购置费', '运行费', null, null],
        ['12,000.00', 0, 8000, 0, 8000, 4000, 50000],
      ],
      { merges: [{ top: 2, left: 2, bottom: 2, right: 4 }] },
    );
    const table = buildFirst(grid, 'budget.three-public');
    expect(table.layout).toBe('columns');
    expect(Object.fromEntries(Object.entries(table.items).map(([k, c]) => [k, c?.fen]))).toEqual({
      total: 1_200_000,
      abroad: 0,
      vehicle: 800_000,
      'vehicle-purchase': 0,
      'vehicle-operation': 800_000,
      reception: 400_000,
      'operating-costs': 5_000_000,
    });
  });

  it("reads pingxiang's empty 政府采购 table with its source columns and notes", async () => {
    const table = buildFirst(sheetNamed(await loadPingxiang(), '政府采购预算表'), 'budget.procurement');
    expect(table).toMatchObject({ rows: [], totalRow: null, data: null, hasAmounts: false });
    expect(table.columns.filter((c) => c.role !== 'name').map((c) => c.role)).toEqual([
      'total',
      'general',
      'fund',
      'capital',
      'special',
      'other',
      'carryover',
      'carryover',
    ]);
    expect(table.notes).toHaveLength(2);
  });

  it("reads pingxiang's 固定资产 lines with the unit from the 价值 header", async () => {
    const table = buildFirst(sheetNamed(await loadPingxiang(), '固定资产占用情况表'), 'budget.assets');
    expect(table.unit).toBe('万元');
    expect(table.lines.map((l) => l.label)).toEqual([
      '资产总额',
      '1、房屋(平方米)',
      '其中:办公用房(平方米)',
      '2、车辆(台、辆)',
      '3、单价在20万元以上的设备',
      '4、其他固定资产',
    ]);
    expect(table.lines[0].value).toMatchObject({ row: 3, col: 2, fen: null });
  });
});
