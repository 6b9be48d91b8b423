import fc from 'fast-check';
import { parseA1, toA1 } from '../../../src/core/grid/address';
import type { SheetGrid } from '../../../src/core/grid/types';
import { findRegions } from '../../../src/core/recognize/region';
import type { Finding } from '../../../src/core/report/types';
import { codeRules } from '../../../src/core/rules/code';
import { structureRules } from '../../../src/core/rules/structure';
import { sumRules } from '../../../src/core/rules/sum';
import { loadPingxiang } from '../helpers/fixtures';
import { edit, shiftGrid } from '../helpers/mutate';
import { findingsOf } from '../helpers/run';

const RULES = [...structureRules, ...codeRules, ...sumRules];

/** Pingxiang with a few mistakes, so there are findings to compare. */
async function flawedPingxiang(): Promise<SheetGrid[]> {
  let grids = await loadPingxiang();
  grids = edit(grids, '5一般公共预算支出表', { D9: 61.4, B10: '20137O2' });
  grids = edit(grids, '1收支总表', { C39: 107.45 });
  grids = edit(grids, '6一般公共预算基本支出表', { D8: 47.01 });
  return edit(grids, '7政府基金预算支出表', { A7: null });
}

function shiftCell(cell: string, rows: number, cols: number): string {
  const { row, col } = parseA1(cell);
  return toA1(row + rows, col + cols);
}

/** A finding moved back by the offsets its sheet was moved by. */
function unshift(finding: Finding, offsets: Map<string, [number, number]>): Finding {
  const back = (sheet: string, cell: string) => {
    const [rows, cols] = offsets.get(sheet) ?? [0, 0];
    return shiftCell(cell, -rows, -cols);
  };
  return {
    ...finding,
    cell: back(finding.sheet, finding.cell),
    related: finding.related?.map((r) => ({ sheet: r.sheet, cell: back(r.sheet, r.cell) })),
  };
}

describe('budget recognition under random offsets', () => {
  it('yields the same kinds and the same findings, shifted', async () => {
    const grids = await flawedPingxiang();
    const expected = findingsOf(grids, RULES);
    expect(new Set(expected.map((f) => f.ruleId)).size).toBeGreaterThanOrEqual(5);
    const kinds = grids.map((g) => findRegions(g).map((r) => r.kind));
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.nat(6), fc.nat(4)), { minLength: grids.length, maxLength: grids.length }),
        async (shifts) => {
          const offsets = new Map(grids.map((g, i) => [g.name, shifts[i]]));
          const moved = grids.map((g, i) => shiftGrid(g, shifts[i][0], shifts[i][1]));
          expect(moved.map((g) => findRegions(g).map((r) => r.kind))).toEqual(kinds);
          const actual = findingsOf(moved, RULES).map((f) => unshift(f, offsets));
          // Messages quote no addresses, so everything but the coordinates must match exactly.
          expect(sortFindings(actual)).toEqual(sortFindings(expected));
        },
      ),
      { numRuns: 25 },
    );
  });
});

function sortFindings(findings: Finding[]): Finding[] {
  return [...findings].sort((a, b) => `${a.ruleId}${a.sheet}${a.cell}`.localeCompare(`${b.ruleId}${b.sheet}${b.cell}`));
}
