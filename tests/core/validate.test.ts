/** The pipeline never stops at one bad sheet: a sheet that defeats recognition is reported, the rest checked. */
import * as region from '../../src/core/recognize/region';
import { validateWorkbook } from '../../src/core/validate';
import { loadPingxiang } from './helpers/fixtures';

describe('validateWorkbook', () => {
  afterEach(() => jest.restoreAllMocks());

  it('reports a sheet whose recognition throws and still checks the others', async () => {
    const grids = await loadPingxiang();
    const real = region.findRegions;
    jest
      .spyOn(region, 'findRegions')
      .mockImplementation((grid, kind) => (grid.name === '2收入总表' ? boom() : real(grid, kind)));

    const report = validateWorkbook(grids);

    expect(report.warnings).toContainEqual(expect.stringMatching(/^2收入总表：无法识别该工作表的表格结构/));
    expect(report.skipped).toContainEqual({ sheet: '2收入总表', reason: '未找到可识别的表标题' });
    expect(report.tables.map((t) => t.sheet)).not.toContain('2收入总表');
    expect(report.findings.some((f) => f.ruleId === 'narrative/amount-mismatch' && f.cell === 'A28')).toBe(true);
  });
});

function boom(): never {
  throw new Error('合并单元格结构异常');
}
