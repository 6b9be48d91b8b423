/** Pure grid edits of the playground: rendering a SheetDraft, and inserting rows around merged areas. */
import { gridFromRows } from '../../src/core/grid/access';
import type { InsertRowsFix } from '../../src/core/report/types';
import { gridOfDraft } from '../../src/playground/host/draftGrid';
import { insertRows } from '../../src/playground/host/insertRows';

describe('gridOfDraft', () => {
  it('sizes the grid to cells, merges and column widths; formulas keep their cached value', () => {
    const grid = gridOfDraft(
      {
        name: '模板',
        cells: [{ row: 2, col: 1, value: 5, formula: '=2+3', numberFormat: '0.00' }],
        merges: [{ top: 0, left: 0, bottom: 3, right: 0 }],
        columnWidths: [8, 8, 8, 8],
        validations: [],
        print: { landscape: true, fitToWidth: true },
      },
      '模板 (2)',
    );
    expect(grid.name).toBe('模板 (2)');
    expect(grid.values).toHaveLength(4);
    expect(grid.values[0]).toHaveLength(4);
    expect(grid.values[2][1]).toBe(5);
    expect(grid.text?.[2][1]).toBe('5');
    expect(grid.formulas?.[2][1]).toBe('=2+3');
    expect(grid.numberFormat?.[2][1]).toBe('0.00');
  });
});

describe('insertRows', () => {
  const fix = (beforeRow: number, rows: InsertRowsFix['rows'], startCol = 0): InsertRowsFix => ({
    kind: 'insert-rows',
    description: '插入',
    sheet: 'S',
    beforeRow,
    startCol,
    rows,
  });

  it('moves merges below the insertion down and stretches merges that span it', () => {
    const grid = {
      ...gridFromRows('S', [['a'], ['b'], ['c'], ['d']], { text: [['a'], ['b'], ['c'], ['d']] }),
      merges: [
        { top: 0, left: 0, bottom: 0, right: 1 },
        { top: 1, left: 0, bottom: 3, right: 0 },
        { top: 3, left: 1, bottom: 3, right: 2 },
      ],
    };
    const fixed = insertRows(grid, fix(2, [['x'], ['y']]));
    expect(fixed.values.map((r) => r[0])).toEqual(['a', 'b', 'x', 'y', 'c', 'd']);
    expect(fixed.merges).toEqual([
      { top: 0, left: 0, bottom: 0, right: 1 },
      { top: 1, left: 0, bottom: 5, right: 0 },
      { top: 5, left: 1, bottom: 5, right: 2 },
    ]);
    expect(fixed.text?.map((r) => r[0])).toEqual(['a', 'b', 'x', 'y', 'c', 'd']);
  });

  it('widens every row when the new rows reach past the used columns, and appends at the end', () => {
    const fixed = insertRows(gridFromRows('S', [['a']]), fix(5, [['p', 'q']], 1));
    expect(fixed.values).toEqual([
      ['a', null, null],
      [null, 'p', 'q'],
    ]);
  });
});
