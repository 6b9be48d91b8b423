import { gridFromRows } from '../../../src/core/grid/access';
import type { CellValue } from '../../../src/core/grid/types';
import { findHeader } from '../../../src/core/recognize/header';
import { findRegions } from '../../../src/core/recognize/region';
import { loadPingxiang, sheetNamed } from '../helpers/fixtures';

function headerOf(rows: CellValue[][], merges = [] as { top: number; left: number; bottom: number; right: number }[]) {
  const grid = gridFromRows('t', rows, { merges });
  const [region] = findRegions(grid);
  return findHeader(grid, region);
}

describe('findHeader', () => {
  it('joins merged multi-row header words top to bottom and finds the 栏次 row', async () => {
    const grid = sheetNamed(await loadPingxiang(), '2收入总表');
    const header = findHeader(grid, findRegions(grid)[0])!;
    expect(header).toMatchObject({ top: 2, bottom: 3, indexRow: 4 });
    expect(header.labels.get(1)).toBe('功能分类科目/科目编码');
    expect(header.labels.get(3)).toBe('合计');
    expect(header.labels.get(4)).toBe('本年收入/小计');
    expect(header.labels.get(12)).toBe('上年结转');
  });

  it('normalizes odd spacing in header words', () => {
    const header = headerOf([
      ['部门支出总表'],
      ['单位：万元'],
      ['科目　编码', '科 目 名 称', '合  计', '基本支出', '项目支出'],
      ['201', '一般公共服务支出', 1, 1, null],
    ]);
    expect([...header!.labels.values()]).toEqual(['科目编码', '科目名称', '合计', '基本支出', '项目支出']);
    expect(header).toMatchObject({ top: 2, bottom: 2, indexRow: undefined });
  });

  it('does not take the 合计 row of an empty table for a header row', () => {
    const header = headerOf([['部门支出总表'], ['科目编码', '科目名称', '合计'], [null, '合计', null]]);
    expect(header).toMatchObject({ top: 1, bottom: 1 });
  });

  it('skips an unrecognized meta line before the header', () => {
    const header = headerOf([
      ['部门固定资产占用情况表'],
      ['某单位', null, '截止时间：2022-12-31'],
      ['项目', '数量', '价值'],
    ]);
    expect(header).toMatchObject({ top: 2, bottom: 2 });
  });

  it('returns null when no header words follow the title', () => {
    expect(headerOf([['部门支出总表'], ['201', 1, 2]])).toBeNull();
  });
});
