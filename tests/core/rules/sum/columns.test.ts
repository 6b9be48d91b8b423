import { gridFromRows } from '../../../../src/core/grid/access';
import { threePublic } from '../../../../src/core/rules/cross/three-public';
import { columns } from '../../../../src/core/rules/sum/columns';
import { loadPingxiang } from '../../helpers/fixtures';
import { edit } from '../../helpers/mutate';
import { findingsOf, where } from '../../helpers/run';

describe('sum/columns', () => {
  it('is quiet on pingxiang', async () => {
    expect(findingsOf(await loadPingxiang(), columns)).toEqual([]);
  });

  it('合计 = 基本支出 + 项目支出 in an expenditure row', async () => {
    const grids = edit(await loadPingxiang(), '3支出总表', { E9: 60.04 });
    const findings = findingsOf(grids, columns);
    expect(where(findings)).toEqual(['3支出总表!D9']);
    expect(findings[0]).toMatchObject({ expected: '60.04', actual: '61.04' });
    expect(findings[0].related?.map((r) => r.cell)).toEqual(['E9', 'F9', 'G9', 'H9', 'I9']);
  });

  it('收入总表: 合计 = 本年收入小计 + 上年结转', async () => {
    const grids = edit(await loadPingxiang(), '2收入总表', { M9: 1 });
    const findings = findingsOf(grids, columns);
    expect(where(findings)).toEqual(['2收入总表!D9']);
    expect(findings[0]).toMatchObject({ expected: '62.04', actual: '61.04' });
  });

  it('收入总表: 本年收入小计 = Σ sources', async () => {
    const grids = edit(await loadPingxiang(), '2收入总表', { H9: 2 });
    const findings = findingsOf(grids, columns);
    expect(where(findings)).toEqual(['2收入总表!E9']);
    expect(findings[0]).toMatchObject({ expected: '63.04', actual: '61.04' });
  });

  it('基本支出表: 合计 = 人员经费 + 公用经费', async () => {
    const grids = edit(await loadPingxiang(), '6一般公共预算基本支出表', { D8: 47.5 });
    const findings = findingsOf(grids, columns);
    expect(where(findings)).toEqual(['6一般公共预算基本支出表!D8']);
    expect(findings[0]).toMatchObject({ expected: '47.00', actual: '47.50' });
  });

  it('财政拨款收支总表: 支出合计 = 一般公共预算 + 基金 + 国资', async () => {
    const grids = edit(await loadPingxiang(), '4财政拨款收支总表', { G13: 1 });
    const findings = findingsOf(grids, columns);
    expect(where(findings)).toEqual(['4财政拨款收支总表!E13']);
    expect(findings[0]).toMatchObject({ expected: '7.00', actual: '6.00' });
  });

  it('“三公”经费: 合计 = fund columns per item; the item sums belong to cross/three-public', () => {
    const grid = gridFromRows('三公', [
      ['财政拨款“三公”经费支出表'],
      ['单位：万元'],
      ['项目', '合计', '一般公共预算财政拨款', '政府性基金预算财政拨款'],
      ['合计', 3, 3, 0],
      ['1、因公出国（境）费', 0.5, 0.5, 0],
      ['2、公务用车购置及运行费', 1.5, 1.5, 0],
      ['其中：公务用车购置费', 1, 1, 0],
      ['公务用车运行费', 0.6, 0.5, 0],
      ['3、公务接待费', 1.2, 1.2, 0],
    ]);
    const findings = findingsOf([grid], columns);
    expect(where(findings)).toEqual(['三公!B8']);
    expect(findings[0]).toMatchObject({ expected: '0.50', actual: '0.60' });
    expect(where(findingsOf([grid], threePublic))).toEqual(['三公!B4', '三公!B6']);
  });
});
