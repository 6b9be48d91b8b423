import type { CellValue, SheetGrid } from '../../../../src/core/grid/types';
import { threePublic } from '../../../../src/core/rules/cross/three-public';
import { loadPingxiang } from '../../helpers/fixtures';
import { findingsOf } from '../../helpers/run';
import { edit, replaceSheet } from '../../helpers/mutate';
import { CONSISTENT, threePublicSheet } from '../../helpers/three-public-sheet';

const SHEET = '9三公经费支出表';
const BASIC = '6一般公共预算基本支出表';

let pingxiang: SheetGrid[];
beforeAll(async () => {
  pingxiang = await loadPingxiang();
});

const run = (amounts: typeof CONSISTENT, basicCells: Record<string, CellValue> = {}) =>
  findingsOf(edit(replaceSheet(pingxiang, threePublicSheet(amounts)), BASIC, basicCells), threePublic);

describe('cross/three-public', () => {
  it('is quiet on pingxiang (an empty 三公 table) and on a table that adds up', () => {
    expect(findingsOf(pingxiang, threePublic)).toEqual([]);
    expect(run(CONSISTENT)).toEqual([]);
  });

  it('reports 合计 ≠ 出国 + 车 + 接待 at the 合计 cell', () => {
    const [finding, ...others] = run({ ...CONSISTENT, total: 5.5 });
    expect(others).toEqual([]);
    expect(finding).toMatchObject({ sheet: SHEET, cell: 'C6', severity: 'error', expected: '5.00', actual: '5.50' });
    expect(finding.related).toEqual([
      { sheet: SHEET, cell: 'C7' },
      { sheet: SHEET, cell: 'C8' },
      { sheet: SHEET, cell: 'C11' },
    ]);
  });

  it('reports 车 ≠ 购置 + 运行 at the 车 cell', () => {
    const findings = run({ ...CONSISTENT, operation: 1.2 });
    expect(findings).toEqual([expect.objectContaining({ cell: 'C8', expected: '2.20', actual: '2.50' })]);
  });

  describe('公务接待费 against 30217 of the 基本支出表', () => {
    // Pingxiang's row 30239 其他交通费用 (2.82) stands in for a 30217 公务接待费 row.
    const reception = { B21: '30217', C21: '公务接待费' };

    it('is quiet when the 基本支出表 budgets at least as much', () => {
      expect(run(CONSISTENT, reception)).toEqual([]);
    });

    it('warns when the 三公 table budgets more', () => {
      const findings = run({ ...CONSISTENT, total: 6.5, reception: 3 }, reception);
      expect(findings).toEqual([
        expect.objectContaining({
          cell: 'C11',
          severity: 'warning',
          actual: '3.00',
          expected: '≤ 2.82',
          related: [{ sheet: BASIC, cell: 'D21' }],
        }),
      ]);
    });
  });
});
