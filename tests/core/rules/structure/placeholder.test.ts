import { placeholder } from '../../../../src/core/rules/structure/placeholder';
import { loadFixture, loadPingxiang } from '../../helpers/fixtures';
import { edit } from '../../helpers/mutate';
import { findingsOf, where } from '../../helpers/run';

describe('structure/placeholder', () => {
  it.each([
    'pingxiang-2023-department-budget.xlsx',
    'julu-2024-performance.xlsx',
    'pingluo-2024-performance.xlsx',
    'shanhaiguan-performance.xlsx',
    'shapotou-2023-performance.xlsx',
  ])('is quiet on %s', async (name) => {
    expect(findingsOf(await loadFixture(name), placeholder)).toEqual([]);
  });

  it.each(['XX项目', '××专项', '待填写', '请输入项目名称', '某某单位'])('flags %p in a table cell', async (text) => {
    const grids = edit(await loadPingxiang(), '3支出总表', { C9: text });
    const findings = findingsOf(grids, placeholder);
    expect(where(findings)).toEqual(['3支出总表!C9']);
    expect(findings[0].actual).toBe(text);
  });

  it('leaves a single × (a multiplication sign) alone', async () => {
    const grids = edit(await loadPingxiang(), '3支出总表', { C9: '单价×数量' });
    expect(findingsOf(grids, placeholder)).toEqual([]);
  });
});
