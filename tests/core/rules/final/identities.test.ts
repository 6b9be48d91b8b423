/**
 * The 部门决算 identities (DESIGN.md §3) over the whole rule catalogue: a consistent 决算 workbook
 * (万元, 元, split codes) gives no finding; each planted change fires where the identity's target is,
 * with the expected value.
 */
import type { CellValue, SheetGrid } from '../../../../src/core/grid/types';
import type { Finding } from '../../../../src/core/report/types';
import { validateWorkbook } from '../../../../src/core/validate';
import type { FinalOptions } from '../../helpers/final-workbook';
import { finalWorkbook } from '../../helpers/final-workbook';
import { edit } from '../../helpers/mutate';

const SUMMARY = '1收入支出决算总表';
const INCOME = '2收入决算表';
const EXPENDITURE = '3支出决算表';
const FISCAL = '4财政拨款收入支出决算总表';
const GENERAL = '5一般公共预算财政拨款支出决算表';
const BASIC = '6一般公共预算财政拨款基本支出决算表';
const FUND = '7政府性基金预算财政拨款收入支出决算表';
const THREE = '9财政拨款“三公”经费支出决算表';

const brief = (f: Finding) => ({ rule: f.ruleId, at: `${f.sheet}!${f.cell}`, expected: f.expected });

function run(changes: [string, Record<string, CellValue>][], options: FinalOptions = {}) {
  let grids: SheetGrid[] = finalWorkbook(options);
  for (const [sheet, cells] of changes) grids = edit(grids, sheet, cells);
  return validateWorkbook(grids).findings.map(brief);
}

describe('部门决算 identities', () => {
  it.each([[{}], [{ unit: '元' as const }], [{ splitCodes: true }]])(
    'a consistent 决算 workbook %p: no finding',
    (options) => {
      expect(validateWorkbook(finalWorkbook(options)).findings).toEqual([]);
    },
  );

  it('总计 = 本年收入合计 + 使用非财政拨款结余 + 年初结转和结余', () => {
    expect(run([[SUMMARY, { B14: 3 }]])).toEqual([{ rule: 'sum/balance', at: `${SUMMARY}!B16`, expected: '127.00' }]);
  });

  it('总计 = 本年支出合计 + 结余分配 + 年末结转和结余', () => {
    expect(run([[SUMMARY, { D14: 2 }]])).toEqual([{ rule: 'sum/balance', at: `${SUMMARY}!D16`, expected: '127.00' }]);
  });

  it('per fund: 年初结转和结余 + 本年收入 − 本年支出 = 年末结转和结余 (财政拨款总表)', () => {
    const findings = run([[FISCAL, { B11: 2 }]]);
    expect(findings).toContainEqual({ rule: 'sum/balance', at: `${FISCAL}!F9`, expected: '4.00' });
    expect(findings).toContainEqual({ rule: 'sum/balance', at: `${FISCAL}!B9`, expected: '7.00' });
    expect(findings).toContainEqual({ rule: 'cross/total-mismatch', at: `${FUND}!C5`, expected: '2.00' });
    expect(findings).toHaveLength(3);
  });

  it('per row of the 政府性基金 table: 年末 = 年初 + 本年收入 − 本年支出, and the 科目 hierarchy', () => {
    expect(run([[FUND, { H8: 4 }]])).toEqual([
      { rule: 'sum/hierarchy', at: `${FUND}!H7`, expected: '4.00' },
      { rule: 'sum/columns', at: `${FUND}!H8`, expected: '3.00' },
    ]);
  });

  it('本年收入合计 = Σ income sources (收入决算表)', () => {
    expect(run([[INCOME, { C8: 61 }]])).toEqual([
      { rule: 'sum/hierarchy', at: `${INCOME}!C7`, expected: '94.00' },
      { rule: 'sum/columns', at: `${INCOME}!C8`, expected: '60.00' },
    ]);
  });

  it('本年支出合计 = 基本 + 项目 + 上缴上级 + 经营 + 对附属单位补助 (支出决算表)', () => {
    expect(run([[EXPENDITURE, { F9: 1 }]])).toEqual([
      { rule: 'sum/hierarchy', at: `${EXPENDITURE}!F7`, expected: '1.00' },
      { rule: 'sum/columns', at: `${EXPENDITURE}!C9`, expected: '31.00' },
    ]);
  });

  it('三公: 合计 = 出国 + 用车 + 接待, for 预算数 and for 决算数', () => {
    expect(run([[THREE, { A6: 6 }]])).toEqual([{ rule: 'cross/three-public', at: `${THREE}!A6`, expected: '5.00' }]);
    expect(run([[THREE, { G6: 4.5 }]])).toEqual([{ rule: 'cross/three-public', at: `${THREE}!G6`, expected: '4.00' }]);
    expect(run([[THREE, { J6: 0.5 }]])).toEqual([{ rule: 'cross/three-public', at: `${THREE}!I6`, expected: '2.50' }]);
  });

  it('三公 决算数 never above its 基本支出 economic line (30217 公务接待费)', () => {
    const findings = validateWorkbook(edit(finalWorkbook(), THREE, { G6: 4.5, L6: 1.5 })).findings;
    expect(findings).toEqual([
      expect.objectContaining({ ruleId: 'cross/three-public', severity: 'warning', cell: 'L6', expected: '≤ 1.00' }),
    ]);
    expect(findings[0].related).toEqual([{ sheet: BASIC, cell: 'C12' }]);
  });

  it('财政拨款总表 ↔ 一般公共预算表 ↔ 基本支出表', () => {
    // The 一般公共预算 table states 1 more everywhere along 201 → 20103 → 2010301: it adds up, the others disagree.
    const plusOne = { C5: 96, D5: 66, C6: 86, D6: 56, C7: 86, D7: 56, C8: 56, D8: 56 };
    expect(run([[GENERAL, plusOne]])).toEqual([
      { rule: 'cross/total-mismatch', at: `${FISCAL}!E5`, expected: '86.00' },
      { rule: 'cross/total-mismatch', at: `${FISCAL}!E8`, expected: '96.00' },
      { rule: 'cross/total-mismatch', at: `${BASIC}!C5`, expected: '66.00' },
    ]);
  });

  it('收入支出决算总表 ↔ 支出决算表 (本年支出合计 and each 类)', () => {
    const plusOne = { C5: 113, D5: 73, C6: 91, D6: 61, C7: 91, D7: 61, C8: 61, D8: 61 };
    expect(run([[EXPENDITURE, plusOne]])).toEqual([
      { rule: 'cross/total-mismatch', at: `${SUMMARY}!D5`, expected: '91.00' },
      { rule: 'cross/total-mismatch', at: `${EXPENDITURE}!C5`, expected: '112.00' },
    ]);
  });

  it('政府性基金 table ↔ 财政拨款总表: 年初 and 年末 结转和结余', () => {
    const shifted = { C5: 2, C6: 2, C7: 2, C8: 2, H5: 4, H6: 4, H7: 4, H8: 4 };
    expect(run([[FUND, shifted]])).toEqual([
      { rule: 'cross/total-mismatch', at: `${FUND}!C5`, expected: '1.00' },
      { rule: 'cross/total-mismatch', at: `${FUND}!H5`, expected: '3.00' },
    ]);
  });

  it('a difference within rounding is an info (sum/rounding)', () => {
    expect(run([[GENERAL, { C11: 10.01 }]])).toEqual([
      { rule: 'sum/rounding', at: `${GENERAL}!C10`, expected: '10.01' },
      { rule: 'sum/rounding', at: `${GENERAL}!C11`, expected: '10.00' },
    ]);
  });

  it('finds the same defect in 元 and with split codes, at the cell of that layout', () => {
    expect(run([[THREE, { G6: 45000 }]], { unit: '元' })).toEqual([
      { rule: 'cross/three-public', at: `${THREE}!G6`, expected: '40000.00' },
    ]);
    // Split codes put 类|款|项 in A:C, so the 收入决算表's 本年收入合计 moves from C to E.
    expect(run([[INCOME, { E8: 61 }]], { splitCodes: true })).toEqual([
      { rule: 'sum/hierarchy', at: `${INCOME}!E7`, expected: '94.00' },
      { rule: 'sum/columns', at: `${INCOME}!E8`, expected: '60.00' },
    ]);
  });

  it('expects the nine 决算 tables, never the 预算 ones', () => {
    const grids = finalWorkbook().filter((g) => g.name !== THREE);
    expect(validateWorkbook(grids).findings.map((f) => [f.ruleId, f.expected])).toEqual([
      ['structure/table-missing', '财政拨款"三公"经费支出决算表'],
    ]);
  });
});
