/** 绩效目标 sheets moved down and right (blank rows and columns before them) read the same. */
import { parseA1, toA1 } from '../../../src/core/grid/address';
import { fundsRules } from '../../../src/core/rules/funds';
import { indicatorRules } from '../../../src/core/rules/indicator';
import { JULU, PINGLUO, SHANHAIGUAN, SHAPOTOU, loadFixture } from '../helpers/fixtures';
import { shiftGrid } from '../helpers/mutate';
import { findingsOf } from '../helpers/run';

const rules = [...indicatorRules, ...fundsRules];

const moved = (a1: string) => {
  const { row, col } = parseA1(a1);
  return toA1(row + 3, col + 2);
};

describe.each([SHAPOTOU, PINGLUO, JULU, SHANHAIGUAN])('%s shifted by 3 rows and 2 columns', (file) => {
  it('gives the same findings, each moved by the same offset', async () => {
    const grids = await loadFixture(file);
    const original = findingsOf(grids, rules);
    const shifted = findingsOf(
      grids.map((g) => shiftGrid(g, 3, 2)),
      rules,
    );
    expect(original.length).toBeGreaterThan(0);
    expect(shifted.map((f) => f.cell)).toEqual(original.map((f) => moved(f.cell)));
    expect(shifted.map((f) => `${f.ruleId} ${f.severity} ${f.message}`)).toEqual(
      original.map((f) =>
        `${f.ruleId} ${f.severity} ${f.message}`.replace(/第 (\d+) 行/g, (_, n) => `第 ${Number(n) + 3} 行`),
      ),
    );
  });
});
