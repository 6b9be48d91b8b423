/** The pipeline never stops at one bad sheet: a sheet that defeats recognition is reported, the rest checked. */
import * as region from '../../src/core/recognize/region';
import { allRules } from '../../src/core/rules';
import { defineRule } from '../../src/core/rules/types';
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
    expect(report.skipped).toContainEqual({ sheet: '2收入总表', reason: '未找到可识别的表标题', unchecked: true });
    expect(report.tables.map((t) => t.sheet)).not.toContain('2收入总表');
    expect(report.findings.some((f) => f.ruleId === 'narrative/amount-mismatch' && f.cell === 'A28')).toBe(true);
  });

  it('skips a rule from the table where it throws on, keeps what it found before, and names it once', async () => {
    const grids = await loadPingxiang();
    let seen = 0;
    const flaky = defineRule({
      id: 'test/flaky',
      severity: 'warning',
      title: '测试',
      docs: '测试',
      appliesTo: ['code-table'],
      check({ table, report }) {
        if (++seen === 2) boom();
        report({ sheet: table.sheet, cell: 'A1', message: `第 ${seen} 张表` });
      },
    });

    const report = validateWorkbook(grids, { rules: [flaky, ...allRules] });

    expect(seen).toBe(2);
    expect(report.findings.filter((f) => f.ruleId === 'test/flaky').map((f) => f.message)).toEqual(['第 1 张表']);
    expect(report.warnings.filter((w) => w.startsWith('规则'))).toEqual([
      '规则 test/flaky 运行出错，已跳过（合并单元格结构异常）',
    ]);
    expect(report.findings.some((f) => f.ruleId === 'narrative/amount-mismatch' && f.cell === 'A28')).toBe(true);
  });
});

function boom(): never {
  throw new Error('合并单元格结构异常');
}
