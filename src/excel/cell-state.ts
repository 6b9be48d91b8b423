/** Reads the current fill (and our-or-the-user's note) of many cells of one sheet in the same sync. */
import { parseA1, rangeToA1 } from '../core/grid/address';
import type { HostCapabilities } from './capabilities';

export interface CellState {
  /** Current fill colour "#RRGGBB", or null for no fill. */
  fill: string | null;
  /** The cell's note, where notes are supported and one exists. */
  note?: Excel.Note;
}

/** Above this many cells, one bounding getCellProperties would fetch mostly cells we don't need. */
const BULK_AREA_LIMIT = 20_000;

const FILL_PROPS: Excel.CellPropertiesLoadOptions = { format: { fill: { color: true, pattern: true } } };

/** Queues the reads; call the returned function after the next sync. */
export function queueCellStates(
  sheet: Excel.Worksheet,
  cells: string[],
  caps: HostCapabilities,
): () => Map<string, CellState> {
  const fills = caps.canUseCellProperties ? queueBulkFills(sheet, cells) : queueLegacyFills(sheet, cells);
  const notes = new Map<string, Excel.Note>();
  if (caps.canPaintNotes)
    for (const cell of cells) {
      const note = sheet.notes.getItemOrNullObject(cell);
      note.load('content');
      notes.set(cell, note);
    }
  return () => {
    const read = fills();
    const states = new Map<string, CellState>();
    for (const cell of cells) {
      const note = notes.get(cell);
      states.set(cell, { fill: read.get(cell) ?? null, note: note && !note.isNullObject ? note : undefined });
    }
    return states;
  };
}

/** ExcelApi 1.9: pattern "None" tells "no fill" apart from a white fill. */
function queueBulkFills(sheet: Excel.Worksheet, cells: string[]): () => Map<string, string | null> {
  const points = cells.map((cell) => ({ cell, ...parseA1(cell) }));
  const box = {
    top: Math.min(...points.map((p) => p.row)),
    left: Math.min(...points.map((p) => p.col)),
    bottom: Math.max(...points.map((p) => p.row)),
    right: Math.max(...points.map((p) => p.col)),
  };
  const area = (box.bottom - box.top + 1) * (box.right - box.left + 1);
  if (cells.length > 0 && area <= BULK_AREA_LIMIT) {
    const props = sheet.getRange(rangeToA1(box)).getCellProperties(FILL_PROPS);
    return () => new Map(points.map((p) => [p.cell, fillOf(props.value[p.row - box.top][p.col - box.left])]));
  }
  const each = points.map((p) => ({ cell: p.cell, props: sheet.getRange(p.cell).getCellProperties(FILL_PROPS) }));
  return () => new Map(each.map(({ cell, props }) => [cell, fillOf(props.value[0][0])]));
}

function fillOf(props: Excel.CellProperties): string | null {
  const fill = props.format?.fill;
  if (!fill || fill.pattern === 'None' || !fill.color) return null;
  return fill.color.toUpperCase();
}

/**
 * ExcelApi 1.1 reports no fill as "#FFFFFF", indistinguishable from white; we treat it as no fill,
 * because restoring with fill.clear() keeps the gridlines, and a white fill looks the same without them.
 */
function queueLegacyFills(sheet: Excel.Worksheet, cells: string[]): () => Map<string, string | null> {
  const fills = cells.map((cell) => {
    const fill = sheet.getRange(cell).format.fill;
    fill.load('color');
    return { cell, fill };
  });
  return () =>
    new Map(
      fills.map(({ cell, fill }) => {
        const color = fill.color ? fill.color.toUpperCase() : null;
        return [cell, color === '#FFFFFF' ? null : color];
      }),
    );
}
