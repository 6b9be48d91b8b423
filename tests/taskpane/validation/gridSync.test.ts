/** The validator worker's copy of the grids: sent whole once, then only the rows that changed. */
import { gridFromRows } from '../../../src/core/grid/access';
import type { CellValue, SheetGrid } from '../../../src/core/grid/types';
import { applyUpdate, gridUpdates, type SentGrids } from '../../../src/taskpane/validation/gridSync';
import { CELLS_PER_MESSAGE, type ValidatorRequest } from '../../../src/taskpane/validation/messages';

const bigSheet = (rows: number): SheetGrid =>
  gridFromRows(
    '大表',
    Array.from({ length: rows }, (_, r) => Array.from({ length: 10 }, (_, c): CellValue => r * 10 + c)),
    { text: Array.from({ length: rows }, (_, r) => Array.from({ length: 10 }, (_, c) => String(r * 10 + c))) },
  );

/** Sends through gridUpdates into a worker-side copy; returns the messages sent. */
function send(grids: SheetGrid[], sent: SentGrids, held: Map<string, SheetGrid>): ValidatorRequest[] {
  const messages = [...gridUpdates(grids, sent)];
  messages.forEach((m) => applyUpdate(held, m));
  return messages;
}

describe('grid sync to the validator worker', () => {
  it('sends a big sheet in slices of at most CELLS_PER_MESSAGE cells, and the copy equals it', () => {
    const grid = bigSheet(12_000);
    const held = new Map<string, SheetGrid>();
    const messages = send([grid], new Map(), held);
    const slices = messages.filter((m) => m.kind === 'rows');
    expect(slices.length).toBe(Math.ceil((12_000 * 10) / CELLS_PER_MESSAGE));
    for (const slice of slices) expect(slice.values!.length * 10).toBeLessThanOrEqual(CELLS_PER_MESSAGE);
    expect(held.get('大表')).toEqual(grid);
  });

  it('sends nothing for a grid already sent, and one row after a one-cell edit', () => {
    const grid = bigSheet(1000);
    const sent: SentGrids = new Map();
    const held = new Map<string, SheetGrid>();
    send([grid], sent, held);
    expect(send([grid], sent, held)).toEqual([]);

    // An edit as the playground makes one: the edited row is copied, the others are shared.
    const values = grid.values.slice();
    values[500] = [...values[500]];
    values[500][3] = '改';
    const edited = { ...grid, values };
    const messages = send([edited], sent, held);
    expect(messages.map((m) => m.kind)).toEqual(['sheet', 'rows']);
    expect(messages[1]).toMatchObject({ at: 500, values: [values[500]] });
    expect(held.get('大表')).toEqual(edited);
  });

  it('follows rows added, rows removed, arrays dropped and sheet metadata changed', () => {
    const sent: SentGrids = new Map();
    const held = new Map<string, SheetGrid>();
    const grid = bigSheet(50);
    send([grid], sent, held);
    const grown = { ...grid, values: [...grid.values, ['新行']], text: undefined, readWarnings: ['提示'] };
    send([grown], sent, held);
    expect(held.get('大表')).toEqual(grown);
    const shrunk = { ...grown, values: grown.values.slice(0, 10), formulas: grown.values.slice(0, 10).map(() => []) };
    send([shrunk], sent, held);
    expect(held.get('大表')).toEqual(shrunk);
  });

  it('resends in full a grid whose send was abandoned halfway', () => {
    const sent: SentGrids = new Map();
    const held = new Map<string, SheetGrid>();
    const first = bigSheet(12_000);
    const updates = gridUpdates([first], sent);
    applyUpdate(held, updates.next().value as ValidatorRequest);
    applyUpdate(held, updates.next().value as ValidatorRequest); // one slice of three, then a newer check
    // Shares every row but the last with the grid half sent: the rows never sent must still arrive.
    const values = first.values.slice();
    values[11_999] = [-1];
    const second = { ...first, values };
    send([second], sent, held);
    expect(held.get('大表')).toEqual(second);
  });
});
