import { balance } from '../../../../src/core/rules/sum/balance';
import { loadPingxiang } from '../../helpers/fixtures';
import { edit } from '../../helpers/mutate';
import { findingsOf, where } from '../../helpers/run';

const SUMMARY = '1收支总表';
const FISCAL = '4财政拨款收支总表';

describe('sum/balance', () => {
  it('is quiet on pingxiang', async () => {
    expect(findingsOf(await loadPingxiang(), balance)).toEqual([]);
  });

  it('收入总计 = 本年收入合计 + 上年结转, and 支出总计 = 收入总计', async () => {
    const grids = edit(await loadPingxiang(), SUMMARY, { C39: 107.45 });
    const findings = findingsOf(grids, balance);
    expect(where(findings)).toEqual([`${SUMMARY}!C39`, `${SUMMARY}!E39`]);
    expect(findings[0]).toMatchObject({ expected: '107.54', actual: '107.45' });
    expect(findings[0].related).toEqual([
      { sheet: SUMMARY, cell: 'C37' },
      { sheet: SUMMARY, cell: 'C38' },
    ]);
    expect(findings[1]).toMatchObject({ expected: '107.45', actual: '107.54' });
    expect(findings[1].message).toContain('支出总计应等于收入总计');
  });

  it('本年收入合计 = Σ income lines', async () => {
    const grids = edit(await loadPingxiang(), SUMMARY, { C10: 3 });
    const findings = findingsOf(grids, balance);
    expect(where(findings)).toEqual([`${SUMMARY}!C37`]);
    expect(findings[0]).toMatchObject({ expected: '110.54', actual: '107.54' });
  });

  it('本年支出合计 = Σ 类 lines', async () => {
    const grids = edit(await loadPingxiang(), SUMMARY, { E15: 6.5 });
    const findings = findingsOf(grids, balance);
    expect(where(findings)).toEqual([`${SUMMARY}!E37`]);
    expect(findings[0]).toMatchObject({ expected: '108.54', actual: '107.54' });
  });

  it('财政拨款收支总表: 支出总计 = 本年支出合计 + 年末结转, per column', async () => {
    const grids = edit(await loadPingxiang(), FISCAL, { F38: 2 });
    const findings = findingsOf(grids, balance);
    expect(where(findings)).toEqual([`${FISCAL}!F42`]);
    expect(findings[0]).toMatchObject({ expected: '109.54', actual: '107.54' });
  });

  it('财政拨款收支总表: an itemized 年初结转 counts toward 收入总计', async () => {
    const grids = edit(await loadPingxiang(), FISCAL, { C39: 1 });
    const findings = findingsOf(grids, balance);
    expect(where(findings)).toEqual([`${FISCAL}!C42`]);
    expect(findings[0]).toMatchObject({ expected: '108.54', actual: '107.54' });
    expect(findings[0].related?.map((r) => r.cell)).toEqual(['C37', 'C39', 'C40', 'C41']);
  });

  it('a filled 年初结转 line must equal its items', async () => {
    const grids = edit(await loadPingxiang(), FISCAL, {
      C38: 2,
      C39: 1,
      C42: 109.54,
      E42: 109.54,
      F42: 109.54,
      E38: 2,
      F38: 2,
    });
    const findings = findingsOf(grids, balance);
    expect(where(findings)).toEqual([`${FISCAL}!C38`]);
    expect(findings[0]).toMatchObject({ expected: '1.00', actual: '2.00' });
  });
});
