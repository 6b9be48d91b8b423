import { invalidCell } from '../../../../src/core/rules/structure/invalid-cell';
import { sumRules } from '../../../../src/core/rules/sum';
import { loadFixture, loadPingxiang } from '../../helpers/fixtures';
import { edit } from '../../helpers/mutate';
import { findingsOf, where } from '../../helpers/run';

const PERFORMANCE = [
  'julu-2024-performance.xlsx',
  'pingluo-2024-performance.xlsx',
  'shanhaiguan-performance.xlsx',
  'shapotou-2023-performance.xlsx',
];

describe('structure/invalid-cell', () => {
  it('is quiet on pingxiang', async () => {
    expect(findingsOf(await loadPingxiang(), invalidCell)).toEqual([]);
  });

  it.each(PERFORMANCE)('is quiet on %s', async (name) => {
    expect(findingsOf(await loadFixture(name), invalidCell)).toEqual([]);
  });

  it('is quiet on blanks and dashes', async () => {
    const grids = edit(await loadPingxiang(), '3支出总表', { E9: '—', F9: '-', D10: null });
    expect(findingsOf(grids, invalidCell)).toEqual([]);
  });

  it('marks an Excel error in a code row and says its sums were not checked', async () => {
    const grids = edit(await loadPingxiang(), '3支出总表', { D9: '#REF!' });
    const findings = findingsOf(grids, invalidCell);
    expect(findings).toEqual([
      expect.objectContaining({
        ruleId: 'structure/invalid-cell',
        severity: 'error',
        sheet: '3支出总表',
        cell: 'D9',
        message: '该单元格不是有效金额（#REF!），涉及它的合计关系未校验',
        actual: '#REF!',
      }),
    ]);
  });

  it('is true to its word: the sum rules do not judge the identities of that cell', async () => {
    const grids = edit(await loadPingxiang(), '3支出总表', { D9: '#REF!' });
    const findings = findingsOf(grids, [invalidCell, ...sumRules]);
    expect(where(findings)).toEqual(['3支出总表!D9']);
  });

  it('marks text that is not an amount in the total row, the 收支总表 and the 基本支出表', async () => {
    let grids = await loadPingxiang();
    grids = edit(grids, '3支出总表', { E6: '约10' });
    grids = edit(grids, '1收支总表', { C6: '1O7.54' });
    grids = edit(grids, '6一般公共预算基本支出表', { D8: '#VALUE!' });
    const findings = findingsOf(grids, invalidCell);
    expect(where(findings)).toEqual(['1收支总表!C6', '3支出总表!E6', '6一般公共预算基本支出表!D8']);
    expect(findings[0].message).toBe('该单元格不是有效金额（“1O7.54”），涉及它的合计关系未校验');
  });

  it('marks amounts whose thousands separators are misplaced, and accepts them in groups of three', async () => {
    let grids = await loadPingxiang();
    grids = edit(grids, '3支出总表', { E6: '1,2,3', F6: '12,34.5' });
    expect(where(findingsOf(grids, invalidCell))).toEqual(['3支出总表!E6', '3支出总表!F6']);
    const grouped = edit(await loadPingxiang(), '3支出总表', { E6: '1,234.50' });
    expect(findingsOf(grouped, invalidCell)).toEqual([]);
  });

  it('marks an unreadable 项目资金 cell of a performance table', async () => {
    const grids = edit(await loadFixture('julu-2024-performance.xlsx'), '项目1-工作经费', { E4: '#DIV/0!' });
    const findings = findingsOf(grids, invalidCell);
    expect(findings).toEqual([
      expect.objectContaining({
        sheet: '项目1-工作经费',
        cell: 'E4',
        message: '该单元格不是有效金额（#DIV/0!），涉及它的资金合计关系未校验',
      }),
    ]);
  });
});
