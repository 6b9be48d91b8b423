import { nameMismatch } from '../../../../src/core/rules/code/name-mismatch';
import { loadPingxiang } from '../../helpers/fixtures';
import { edit } from '../../helpers/mutate';
import { findingsOf } from '../../helpers/run';

describe('code/name-mismatch', () => {
  it('is quiet on pingxiang', async () => {
    expect(findingsOf(await loadPingxiang(), nameMismatch)).toEqual([]);
  });

  it('relates both cells when one table names a code differently', async () => {
    const grids = edit(await loadPingxiang(), '3支出总表', { C9: '一般行政管理事务' });
    const findings = findingsOf(grids, nameMismatch);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      sheet: '3支出总表',
      cell: 'C9',
      expected: '行政运行',
      actual: '一般行政管理事务',
      related: [{ sheet: '2收入总表', cell: 'C9' }],
    });
  });

  it('ignores spacing and bracket width', async () => {
    const grids = edit(await loadPingxiang(), '3支出总表', { C9: '行政 运行' });
    expect(findingsOf(grids, nameMismatch)).toEqual([]);
  });
});
