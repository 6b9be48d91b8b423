/** A green result needs every sheet with content checked: which skipped sheets count as unchecked. */
import { gridFromRows } from '../../src/core/grid/access';
import { validateWorkbook } from '../../src/core/validate';
import { uncheckedSheets } from '../../src/taskpane/model/coverage';

const table = (name: string) => gridFromRows(name, [[`2023年${name}`], ['单位：万元'], ['项目', '金额']]);
const prose = (name: string) => gridFromRows(name, [['本部门的工作量统计如下'], ['走访', 12]]);

describe('uncheckedSheets', () => {
  it('names a sheet with content in which no table was recognized', () => {
    const grids = [table('部门收支总表'), prose('工作量')];
    expect(uncheckedSheets(validateWorkbook(grids, { rules: [] }))).toEqual(['工作量']);
  });

  it('leaves out empty sheets, sheets the user skipped and hidden sheets', () => {
    const hidden = { ...prose('旧稿'), visibility: 'hidden' as const };
    const grids = [table('部门收支总表'), gridFromRows('Sheet3', []), prose('备注'), hidden];
    const report = validateWorkbook(grids, { rules: [], kindOverrides: { 备注: 'skip' } });
    expect(uncheckedSheets(report)).toEqual([]);
  });
});
