import { gridFromRows } from '../../../src/core/grid/access';
import type { CellValue } from '../../../src/core/grid/types';
import { evaluateFormula } from '../../../src/core/formula/evaluate';
import { parseFormula } from '../../../src/core/formula/parse';
import { toNumber } from '../../../src/core/formula/rational';
import { evaluateMissingValues } from '../../../src/core/formula/missing';

/** Evaluate a formula over a small grid given as rows starting at A1. */
function evaluate(formula: string, rows: CellValue[][] = []): number | string | null {
  const result = evaluateFormula(parseFormula(formula), (r, c) => rows[r]?.[c] ?? null);
  if (result.kind === 'number') return toNumber(result.value);
  if (result.kind === 'text') return result.value;
  return result.kind === 'error' ? `error: ${result.message}` : null;
}

describe('evaluateFormula', () => {
  it('adds decimals exactly, where floats would drift', () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(evaluate('=A1+A2', [[0.1], [0.2]])).toBe(0.3);
    expect(evaluate('=SUM(A1:A3)', [[61.04], [30], [16.5]])).toBe(107.54);
    expect(evaluate('=SUM(A1:A4)', [[72.8], [1.6], [0.16], [0.16]])).toBe(74.72);
  });

  it('follows precedence, parentheses, unary minus, percent and exponents', () => {
    expect(evaluate('=1+2*3-4/2')).toBe(5);
    expect(evaluate('=(1+2)*3')).toBe(9);
    expect(evaluate('=-A1+ -(2)', [[5]])).toBe(-7);
    expect(evaluate('=50%*A1', [[8]])).toBe(4);
    expect(evaluate('=1.5E2+$A$1', [[1]])).toBe(151);
    expect(evaluate('=1/3*3')).toBe(1);
  });

  it('treats blanks as 0 in arithmetic and skips text inside SUM ranges', () => {
    expect(evaluate('=A1+B1', [[null, 2]])).toBe(2);
    expect(evaluate('=SUM(A1:C1, 4)', [['合计', 1, '']])).toBe(5);
    expect(evaluate('=A1+1', [['12.5']])).toBe(13.5);
  });

  it('SUMIF sums 类 rows by code length, whether codes are text or numbers', () => {
    const rows: CellValue[][] = [
      ['201', 91.04],
      ['20137', 91.04],
      ['2013701', 61.04],
      [208, 6],
      [20805, 6],
    ];
    const byLength = '=SUMIF(A1:A5,"???",B1:B5)+SUMIF(A1:A5,">=100",B1:B5)-SUMIF(A1:A5,">=1000",B1:B5)';
    expect(evaluate(byLength, rows)).toBe(97.04);
    expect(evaluate('=SUMIF(A1:A5,"<>201",B1:B5)', rows)).toBe(164.08);
    expect(evaluate('=SUMIF(A1:A5,"2013*",B1:B5)', rows)).toBe(152.08);
  });

  it('reports what it cannot compute instead of guessing', () => {
    expect(evaluate('=VLOOKUP(A1,B1:C3,2)')).toBe('error: 不支持的函数 VLOOKUP');
    expect(evaluate('=A1/B1', [[1, 0]])).toBe('error: 除数为零');
    expect(evaluate('=A1+1', [['十']])).toBe('error: “十”不是数字');
    expect(() => parseFormula('=A1+')).toThrow('公式不完整');
    expect(() => parseFormula("='其他表'!A1")).toThrow();
    expect(() => parseFormula('=A1&"x"')).toThrow('不支持的运算');
  });
});

describe('evaluateMissingValues', () => {
  it('fills formula cells without cached values in dependency order', () => {
    const grid = gridFromRows(
      's',
      [
        [null, 1, 2],
        [null, 3, 4.5],
      ],
      {
        formulas: [
          ['=A2+1', '', ''],
          ['=SUM(B1:C2)', '', ''],
        ],
      },
    );
    const filled = evaluateMissingValues(grid);
    expect(filled.values[1][0]).toBe(10.5);
    expect(filled.values[0][0]).toBe(11.5);
    expect(filled.readWarnings).toBeUndefined();
    expect(grid.values[0][0]).toBeNull();
  });

  it('keeps cached values and respects the grid origin', () => {
    const grid = {
      ...gridFromRows('s', [[99, null, 5]], { formulas: [['=C3', '=A3+C3', '']] }),
      origin: { row: 2, col: 0 },
    };
    const filled = evaluateMissingValues(grid);
    expect(filled.values[0]).toEqual([99, 104, 5]);
  });

  it('leaves cycles and unsupported formulas empty with a warning naming the cells', () => {
    const grid = gridFromRows('s', [[null, null, null]], { formulas: [['=B1', '=A1', '=NPV(1,2)']] });
    const filled = evaluateMissingValues(grid);
    expect(filled.values[0]).toEqual([null, null, null]);
    expect(filled.readWarnings).toHaveLength(1);
    expect(filled.readWarnings![0]).toContain('A1（循环引用）');
    expect(filled.readWarnings![0]).toContain('C1（不支持的函数 NPV）');
  });

  it('returns the same grid when nothing is missing', () => {
    const grid = gridFromRows('s', [[1]], { formulas: [['=1']] });
    expect(evaluateMissingValues(grid)).toBe(grid);
  });
});

describe('evaluateMissingValues on hostile input', () => {
  it('clips whole-sheet ranges to the used range instead of walking 17 billion cells', () => {
    // Formulas in the last column XFD sum everything to their left: A1:XFC1048576.
    const width = 16_384;
    const row = (first: number, formula: string) => {
      const values: (number | null)[] = Array(width).fill(null);
      const formulas: string[] = Array(width).fill('');
      values[0] = first;
      formulas[width - 1] = formula;
      return { values, formulas };
    };
    const a = row(1, '=SUM(A1:XFC1048576)');
    const b = row(2, '=SUMIF(A1:XFC1048576,">1",A1:XFC1048576)');
    const grid = gridFromRows('s', [a.values, b.values], { formulas: [a.formulas, b.formulas] });
    const filled = evaluateMissingValues(grid);
    expect([filled.values[0][width - 1], filled.values[1][width - 1]]).toEqual([3, 2]);
  });

  it('computes a formula chain far deeper than the JS stack, in time', () => {
    const depth = 20_000; // ≫ the ~1 300 a recursive walk survives; A1 = A2+1, A2 = A3+1, …, the last = 1
    const values = Array.from({ length: depth }, () => [null] as (number | null)[]);
    const formulas = Array.from({ length: depth }, (_, r) => [r === depth - 1 ? '=1' : `=A${r + 2}+1`]);
    const started = Date.now();
    const filled = evaluateMissingValues(gridFromRows('s', values, { formulas }));
    expect(filled.readWarnings).toBeUndefined();
    expect([filled.values[0][0], filled.values[depth - 1][0]]).toEqual([depth, 1]);
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('empties every cell on a cycle, and the cells that use them compute with the blank', () => {
    const grid = gridFromRows('s', [[null, null, null, 5]], { formulas: [['=B1+1', '=C1+1', '=A1+1', '=B1+D1']] });
    const filled = evaluateMissingValues(grid);
    expect(filled.values[0]).toEqual([null, null, null, 5]);
    expect(filled.readWarnings![0]).toMatch(/A1（循环引用）.*B1（循环引用）.*C1（循环引用）|循环引用/);
    expect((filled.readWarnings![0].match(/循环引用/g) ?? []).length).toBe(3);
  });
});
