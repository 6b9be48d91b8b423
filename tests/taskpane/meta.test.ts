/** The pane header's workbook description, and the Office facts the pane derives from plain values. */
import path from 'path';
import { gridFromRows } from '../../src/core/grid/access';
import type { SheetGrid } from '../../src/core/grid/types';
import * as region from '../../src/core/recognize/region';
import { validateWorkbook } from '../../src/core/validate';
import { describeWorkbook } from '../../src/taskpane/model/meta';
import { documentName, isDarkColor } from '../../src/taskpane/office/officeEnvironment';
import { readWorkbookFile } from '../../src/xlsx/read';

/** What the pane does: describe the report the engine produced (recognition only, no rules, for speed). */
const describe_ = (grids: SheetGrid[]) => describeWorkbook(validateWorkbook(grids, { rules: [] }));

describe('describeWorkbook', () => {
  afterEach(() => jest.restoreAllMocks());

  it('finds the unit name, year and money unit of the pingxiang sample', async () => {
    const grids = await readWorkbookFile(path.join(__dirname, '../../samples/pingxiang-2023-department-budget.xlsx'));
    expect(describe_(grids)).toEqual({
      unitName: '中共平乡县委网络安全和信息化委员会办公室',
      year: 2023,
      units: ['万元'],
    });
  });

  it('takes the year most tables state, and lists every unit found', () => {
    const table = (title: string, unit: string) => gridFromRows(title, [[title], [`单位：${unit}`], ['项目', '金额']]);
    const grids = [
      table('2023年部门收支总表', '万元'),
      table('2023年部门收入总表', '万元'),
      table('2022年部门支出总表', '元'),
    ];
    expect(describe_(grids)).toEqual({ unitName: undefined, year: 2023, units: ['万元', '元'] });
  });

  it('says nothing when no table is recognized', () => {
    expect(describe_([gridFromRows('Sheet1', [['随便写点']])])).toEqual({ units: [] });
  });

  it('still describes the workbook when one sheet’s recognition throws', () => {
    const table = (title: string) => gridFromRows(title, [[`2023年${title}`], ['单位：万元'], ['项目', '金额']]);
    const real = region.findRegions;
    jest.spyOn(region, 'findRegions').mockImplementation((grid, kind) => {
      if (grid.name === '部门收入总表') throw new Error('合并单元格结构异常');
      return real(grid, kind);
    });
    expect(describe_([table('部门收支总表'), table('部门收入总表')])).toEqual({
      unitName: undefined,
      year: 2023,
      units: ['万元'],
    });
  });
});

describe('Office environment helpers', () => {
  it('takes the document name from a web or local path, decoded', () => {
    expect(documentName('https://x.sharepoint.com/Docs/%E9%A2%84%E7%AE%97.xlsx?web=1')).toBe('预算.xlsx');
    expect(documentName('C:\\财务\\2024 预算.xlsx')).toBe('2024 预算.xlsx');
    expect(documentName(undefined)).toBe('');
  });

  it('tells dark Office themes from light ones by background luminance', () => {
    expect(isDarkColor('#262626')).toBe(true);
    expect(isDarkColor('#FFFFFF')).toBe(false);
    expect(isDarkColor('not a colour')).toBe(false);
  });
});
