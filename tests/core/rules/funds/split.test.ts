import { split } from '../../../../src/core/rules/funds/split';
import { JULU, PINGLUO, PINGXIANG, SHANHAIGUAN, SHAPOTOU, loadFixture } from '../../helpers/fixtures';
import { findingsOf, where } from '../../helpers/run';
import { edit } from '../../helpers/mutate';

const run = (grids: Parameters<typeof findingsOf>[0]) => findingsOf(grids, [split]);

describe('funds/split', () => {
  it.each([SHAPOTOU, PINGLUO, JULU, SHANHAIGUAN, PINGXIANG])('is quiet on %s', async (file) => {
    expect(run(await loadFixture(file))).toEqual([]);
  });

  it('finds 预算数 ≠ 财政资金 + 其他资金 (河北), at 预算数', async () => {
    const findings = run(edit(await loadFixture(JULU), '项目1-工作经费', { E4: 6 }));
    expect(where(findings)).toEqual(['项目1-工作经费!C4']);
    expect(findings[0]).toMatchObject({ expected: '6.00', actual: '8.00' });
    expect(findings[0].related).toEqual([
      { sheet: '项目1-工作经费', cell: 'E4' },
      { sheet: '项目1-工作经费', cell: 'G4' },
    ]);
  });

  it('finds 年度资金总额 ≠ 财政拨款 + 其他资金 (宁夏)', async () => {
    const findings = run(edit(await loadFixture(PINGLUO), '项目2-网络安全管理经费', { D8: 1 }));
    expect(where(findings)).toEqual(['项目2-网络安全管理经费!D6']);
    expect(findings[0].message).toBe(
      '项目资金总额应等于财政拨款 16.00 加其他资金 1.00，应为 17.00，实为 16.00（万元）',
    );
  });

  it('leaves an unreadable 其他资金 to structure/invalid-cell instead of counting it as 0', async () => {
    expect(run(edit(await loadFixture(JULU), '项目1-工作经费', { G4: '#REF!' }))).toEqual([]);
    expect(where(run(edit(await loadFixture(JULU), '项目1-工作经费', { G4: 1 })))).toEqual(['项目1-工作经费!C4']);
  });
});
