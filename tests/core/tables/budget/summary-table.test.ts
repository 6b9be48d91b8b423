import { gridFromRows } from '../../../../src/core/grid/access';
import { balance } from '../../../../src/core/rules/sum/balance';
import { loadPingxiang, sheetNamed } from '../../helpers/fixtures';
import { findingsOf } from '../../helpers/run';
import { buildFirst } from '../../helpers/build';

describe('summary tables', () => {
  it('reads both sides of the 部门收支总表', async () => {
    const table = buildFirst(sheetNamed(await loadPingxiang(), '1收支总表'), 'budget.summary');
    expect(table.income.lines.map((l) => l.source)).toEqual([
      'general',
      'fund',
      'capital',
      'special',
      'institution',
      'business',
      'superior',
      'affiliated',
      'other',
    ]);
    expect(table.income.lines[0]).toMatchObject({
      name: '一般公共预算拨款收入',
      depth: 0,
      amounts: { total: { fen: 107_540_000 } },
    });
    expect(table.income.yearTotal).toMatchObject({ row: 36, labelCell: { col: 1 } });
    expect(table.income.carryover).toMatchObject({ row: 37, name: '上年结转结余' });
    expect(table.income.grandTotal).toMatchObject({ row: 38, amounts: { total: { fen: 107_540_000, col: 2 } } });
    expect(table.expenditure.lines).toHaveLength(31);
    expect(table.expenditure.lines[0]).toMatchObject({
      name: '一般公共服务支出',
      amounts: { total: { fen: 91_040_000, col: 4 } },
    });
    expect(table.expenditure.yearTotal?.row).toBe(36);
    expect(table.expenditure.carryover?.name).toBe('年终结转结余');
    expect(table.expenditure.grandTotal?.row).toBe(38);
  });

  it('reads the 财政拨款收支总表 with its fund columns and itemized 年初结转', async () => {
    const table = buildFirst(sheetNamed(await loadPingxiang(), '4财政拨款收支总表'), 'budget.fiscal-summary');
    expect(table.income.lines.map((l) => l.source)).toEqual(['general', 'fund', 'capital']);
    expect(table.income.carryover?.name).toBe('年初财政拨款结转和结余');
    expect(table.income.carryoverLines.map((l) => l.source)).toEqual(['general', 'fund', 'capital']);
    expect(Object.keys(table.expenditure.yearTotal!.amounts)).toEqual(['total', 'general', 'fund', 'capital']);
    expect(table.expenditure.grandTotal?.amounts.general?.fen).toBe(107_540_000);
  });

  it('reads a one-row header "收入项目 | 金额 | 支出项目 | 金额" with sub-lines and an adjustment', () => {
    const grid = gridFromRows('收支', [
      [null, null],
      [null, '2024年部门收支预算总表'],
      [null, '单位：元'],
      [null, '收入项目', '金额', '支出项目', '金额'],
      [null, '一、财政拨款收入', '1,000.00', '一、一般公共服务支出', 900],
      [null, '（一）一般公共预算', 1000, '二、教育支出', 300],
      [null, '二、事业收入', 200, null, null],
      [null, '本年收入合计', 1200, '本年支出合计', 1200],
      [null, '用事业基金弥补收支差额', 50, '结转下年', 50],
      [null, '上年结转', null, null, null],
      [null, '收入总计', 1250, '支出总计', 1250],
    ]);
    const table = buildFirst(grid, 'budget.summary');
    expect(table.unit).toBe('元');
    expect(table.income.lines.map((l) => [l.name, l.depth, l.source])).toEqual([
      ['财政拨款收入', 0, undefined],
      ['一般公共预算', 1, 'general'],
      ['事业收入', 0, 'institution'],
    ]);
    expect(table.income.adjustments.map((l) => l.name)).toEqual(['用事业基金弥补收支差额']);
    expect(table.expenditure.carryover?.name).toBe('结转下年');
    expect(table.expenditure.lines.map((l) => l.amounts.total?.col)).toEqual([4, 4]);
    // Sub-lines are not counted twice; the adjustment is part of 收入总计.
    expect(findingsOf([grid], balance)).toEqual([]);
  });
});
