import { findRegions } from '../../../src/core/recognize/region';
import { loadPingxiang } from '../helpers/fixtures';

describe('budget table recognition on pingxiang', () => {
  it('recognizes every budget sheet as its kind, including 政府采购 and 固定资产', async () => {
    const grids = await loadPingxiang();
    const kinds = Object.fromEntries(grids.map((g) => [g.name, findRegions(g).map((r) => r.kind)]));
    expect(kinds).toMatchObject({
      '1收支总表': ['budget.summary'],
      '2收入总表': ['budget.income'],
      '3支出总表': ['budget.expenditure'],
      '4财政拨款收支总表': ['budget.fiscal-summary'],
      '5一般公共预算支出表': ['budget.general-expenditure'],
      '6一般公共预算基本支出表': ['budget.general-basic'],
      '7政府基金预算支出表': ['budget.fund-expenditure'],
      '8国有资本经营预算支出表': ['budget.capital-expenditure'],
      '9三公经费支出表': ['budget.three-public'],
      政府采购预算表: ['budget.procurement'],
      固定资产占用情况表: ['budget.assets'],
    });
  });

  it('reads the unit, year and unit name of each budget table', async () => {
    const grids = await loadPingxiang();
    for (const grid of grids.filter((g) => /^\d/.test(g.name))) {
      const [region] = findRegions(grid);
      expect({ sheet: grid.name, unit: region.unit?.value, year: region.year?.value }).toEqual({
        sheet: grid.name,
        unit: '万元',
        year: 2023,
      });
      expect(region.unitName?.value).toBe('中共平乡县委网络安全和信息化委员会办公室');
    }
  });
});
