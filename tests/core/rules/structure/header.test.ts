import { header } from '../../../../src/core/rules/structure/header';
import { unrecognized } from '../../../../src/core/rules/structure/unrecognized';
import { loadPingxiang } from '../../helpers/fixtures';
import { edit } from '../../helpers/mutate';
import { findingsOf, where } from '../../helpers/run';

describe('structure/header', () => {
  it('is quiet on pingxiang', async () => {
    expect(findingsOf(await loadPingxiang(), header)).toEqual([]);
  });

  it('支出总表 without 基本支出', async () => {
    const grids = edit(await loadPingxiang(), '3支出总表', { E3: '其他' });
    const findings = findingsOf(grids, header);
    expect(where(findings)).toEqual(['3支出总表!A3']);
    expect(findings[0]).toMatchObject({ expected: '基本支出' });
  });

  it('基本支出表 without 人员经费 and 公用经费', async () => {
    const grids = edit(await loadPingxiang(), '6一般公共预算基本支出表', { E4: '工资', F4: '商品' });
    expect(findingsOf(grids, header).map((f) => f.expected)).toEqual(['人员经费', '公用经费']);
  });

  it('leaves a table whose header cannot be found to structure/unrecognized', async () => {
    const grids = edit(await loadPingxiang(), '5一般公共预算支出表', {
      A3: null,
      B3: null,
      D3: null,
      E3: null,
      F3: null,
      A4: null,
      B4: null,
      C4: null,
      A5: null,
    });
    // Not read at all: structure/unrecognized's warning, not a missing-column error.
    expect(findingsOf(grids, header)).toEqual([]);
    const findings = findingsOf(grids, unrecognized);
    expect(where(findings)).toEqual(['5一般公共预算支出表!A1']);
    expect(findings[0]).toMatchObject({ severity: 'warning' });
    expect(findings[0].message).toContain('未找到表头');
  });
});
