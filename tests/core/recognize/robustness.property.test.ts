import fc from 'fast-check';
import type { CellValue, SheetGrid } from '../../../src/core/grid/types';
import { codeRules } from '../../../src/core/rules/code';
import { structureRules } from '../../../src/core/rules/structure';
import { sumRules } from '../../../src/core/rules/sum';
import { validateWorkbook } from '../../../src/core/validate';
import { loadPingxiang } from '../helpers/fixtures';

const RULES = [...structureRules, ...codeRules, ...sumRules];

const junk: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constantFrom(
    '#REF!',
    '#DIV/0!',
    '#VALUE!',
    '#N/A',
    '合计',
    '栏次',
    '注：',
    '',
    '—',
    '１２．５',
    '1,2,3',
    '201',
    '项目',
  ),
  fc.string({ maxLength: 6 }),
  fc.double({ noNaN: false }),
  fc.integer(),
  fc.constant(null),
  fc.boolean(),
);

/** Random cell damage and random (overlapping, out-of-range) merges over a real sheet. */
function damage(
  grid: SheetGrid,
  cells: [number, number, CellValue][],
  merges: [number, number, number, number][],
): SheetGrid {
  const out = structuredClone(grid);
  delete out.text;
  delete out.numberFormat;
  delete out.formulas;
  for (const [r, c, v] of cells) {
    const row = out.values[r % Math.max(1, out.values.length)];
    if (row) row[c % Math.max(1, row.length)] = v;
  }
  out.merges = [...out.merges, ...merges.map(([top, left, h, w]) => ({ top, left, bottom: top + h, right: left + w }))];
  return out;
}

describe('budget engine robustness', () => {
  it('never throws on #REF! cells, junk values and merged-cell chaos', async () => {
    const grids = await loadPingxiang();
    await fc.assert(
      fc.asyncProperty(
        fc.nat(grids.length - 1),
        fc.array(fc.tuple(fc.nat(45), fc.nat(16), junk), { maxLength: 40 }),
        fc.array(fc.tuple(fc.nat(45), fc.nat(16), fc.nat(5), fc.nat(5)), { maxLength: 10 }),
        async (index, cells, merges) => {
          const damaged = grids.map((g, i) => (i === index ? damage(g, cells, merges) : g));
          const report = validateWorkbook(damaged, { rules: RULES });
          expect(report.warnings.filter((w) => /运行出错|无法完整读取/.test(w))).toEqual([]);
        },
      ),
      { numRuns: 150 },
    );
  });
});
