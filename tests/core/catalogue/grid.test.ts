import { catalogueFromGrid, catalogueFromGrids } from '../../../src/core/catalogue';
import { gridFromRows } from '../../../src/core/grid/access';

describe('catalogueFromGrid', () => {
  it('reads the first two columns of a sheet, codes stored as numbers, header optional', () => {
    const grid = gridFromRows('科目', [
      ['科目编码', '科目名称', '说明'],
      [2013701, '行政运行', '反映行政单位的基本支出'],
      ['30101', ' 基本工资 ', null],
    ]);
    const { catalogue, warnings } = catalogueFromGrid(grid);
    expect(warnings).toEqual([]);
    expect([...catalogue.function]).toEqual([['2013701', '行政运行']]);
    expect([...catalogue.economic]).toEqual([['30101', '基本工资']]);
  });

  it('names the sheet and the absolute row in its warnings', () => {
    const grid = gridFromRows(
      '科目',
      [
        ['201', '一般公共服务支出'],
        ['合计', ''],
      ],
      { origin: { row: 4, col: 1 } },
    );
    expect(catalogueFromGrid(grid).warnings).toEqual(['工作表“科目”第 6 行无法读取：第一列应为科目编码（“合计”）']);
  });

  it('merges every sheet of a workbook, each with its own header', () => {
    const { catalogue, warnings } = catalogueFromGrids([
      gridFromRows('功能分类', [
        ['编码', '名称'],
        ['2013701', '行政运行'],
      ]),
      gridFromRows('经济分类', [['附件2'], ['编码', '名称'], ['302', '商品和服务支出']]),
    ]);
    expect(warnings).toEqual([]);
    expect(catalogue.function.get('2013701')).toBe('行政运行');
    expect(catalogue.economic.get('302')).toBe('商品和服务支出');
  });
});
