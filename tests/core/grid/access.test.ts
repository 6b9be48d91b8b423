import fc from 'fast-check';
import { gridFromRows, mergeContaining } from '../../../src/core/grid/access';
import type { CellRange } from '../../../src/core/grid/types';

const merge = fc
  .record({ top: fc.integer({ min: 0, max: 30 }), left: fc.integer({ min: 0, max: 8 }), h: fc.nat(6), w: fc.nat(3) })
  .map(({ top, left, h, w }): CellRange => ({ top, left, bottom: top + h, right: left + w }));

describe('mergeContaining', () => {
  it('finds the first merged area holding a cell, as a scan of all merges does, with any number of them', () => {
    fc.assert(
      fc.property(
        fc.array(merge, { maxLength: 40 }),
        fc.integer({ min: 0, max: 3 }),
        fc.integer({ min: 1, max: 25 }),
        (merges, originRow, rows) => {
          const grid = gridFromRows(
            'S',
            Array.from({ length: rows }, () => Array<null>(6).fill(null)),
            { origin: { row: originRow, col: 0 }, merges },
          );
          for (let row = 0; row <= 40; row++)
            for (let col = 0; col <= 12; col++)
              expect(mergeContaining(grid, row, col)).toBe(
                merges.find((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right),
              );
        },
      ),
      { numRuns: 300 },
    );
  });

  it('sees merges added after a first lookup', () => {
    const merges = Array.from({ length: 12 }, (_, i): CellRange => ({ top: 2 * i, left: 0, bottom: 2 * i, right: 1 }));
    const grid = gridFromRows(
      'S',
      Array.from({ length: 30 }, () => [null, null, null]),
      { merges },
    );
    expect(mergeContaining(grid, 5, 2)).toBeUndefined();
    grid.merges.push({ top: 5, left: 2, bottom: 6, right: 2 });
    expect(mergeContaining(grid, 6, 2)).toEqual({ top: 5, left: 2, bottom: 6, right: 2 });
  });
});
