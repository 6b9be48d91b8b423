import { tableMissing } from '../../../../src/core/rules/structure/table-missing';
import { loadFixture, loadPingxiang } from '../../helpers/fixtures';
import { findingsOf } from '../../helpers/run';

describe('structure/table-missing', () => {
  it('is quiet on pingxiang, which has all nine tables', async () => {
    expect(findingsOf(await loadPingxiang(), tableMissing)).toEqual([]);
  });

  it('names each missing standard table', async () => {
    const grids = (await loadPingxiang()).filter((g) => !['9三公经费支出表', '2收入总表'].includes(g.name));
    const findings = findingsOf(grids, tableMissing);
    expect(findings.map((f) => f.message)).toEqual([
      expect.stringContaining('部门收入总表'),
      expect.stringContaining('"三公"经费支出表'),
    ]);
    expect(findings[0]).toMatchObject({ sheet: '1收支总表', cell: 'A1' });
  });

  it('does not apply to a workbook that is not a department budget', async () => {
    expect(findingsOf(await loadFixture('julu-2024-performance.xlsx'), tableMissing)).toEqual([]);
    const twoTables = (await loadPingxiang()).filter((g) => ['1收支总表', '2收入总表'].includes(g.name));
    expect(findingsOf(twoTables, tableMissing)).toEqual([]);
  });
});
