import { emptyTableNote } from '../../../../src/core/rules/structure/empty-table-note';
import { loadPingxiang } from '../../helpers/fixtures';
import { edit } from '../../helpers/mutate';
import { findingsOf, where } from '../../helpers/run';

const FUND = '7政府基金预算支出表';

describe('structure/empty-table-note', () => {
  it('is quiet on pingxiang, whose empty tables say 空表列示', async () => {
    expect(findingsOf(await loadPingxiang(), emptyTableNote)).toEqual([]);
  });

  it('flags an empty table without its note, at the title', async () => {
    const grids = edit(await loadPingxiang(), FUND, { A7: null });
    const findings = findingsOf(grids, emptyTableNote);
    expect(where(findings)).toEqual([`${FUND}!A1`]);
    expect(findings[0].message).toContain('政府性基金预算财政拨款支出表');
  });

  it('accepts "（无数据）" in the title instead of a note', async () => {
    const grids = edit(await loadPingxiang(), FUND, { A7: null, A1: '部门预算政府基金预算财政拨款支出表（无数据）' });
    expect(findingsOf(grids, emptyTableNote)).toEqual([]);
  });

  it('does not ask a table with amounts for a note', async () => {
    const grids = edit(await loadPingxiang(), FUND, { A7: null, C6: '合计', D6: 1, E6: 1 });
    expect(findingsOf(grids, emptyTableNote)).toEqual([]);
  });
});
