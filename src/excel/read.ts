/**
 * Reads worksheets into SheetGrids in a constant number of syncs: (1) the sheet list, (2) every used
 * range's bounds, (3) every sheet's cells and merged areas together — split into more syncs only when
 * the data itself would exceed Excel on the web's ≈5 MB payload limit, never because of the sheet count.
 */
import { parseRangeA1, rangeToA1 } from '../core/grid/address';
import type { CellRange, CellValue, SheetGrid, SheetVisibility } from '../core/grid/types';
import type { ReadOptions } from '../core/host';
import { excelStrings } from '../strings/excel';
import type { HostCapabilities } from './capabilities';
import { describeOfficeError } from './errors';

export interface ReadLimits {
  /** Cells per sync: ~40 bytes of JSON per cell for the four loaded properties keeps a sync under 5 MB. */
  cellsPerSync: number;
  /** Sheets beyond this many cells are truncated with a warning (Excel refuses ranges over 5 M cells). */
  cellsPerSheet: number;
}

export const DEFAULT_READ_LIMITS: ReadLimits = { cellsPerSync: 100_000, cellsPerSheet: 5_000_000 };

interface SheetPlan {
  grid: SheetGrid;
  sheet: Excel.Worksheet;
  bounds?: CellRange;
  merges?: Excel.RangeAreas;
}

interface Block {
  plan: SheetPlan;
  range: CellRange;
}

const VISIBILITY: Record<string, SheetVisibility> = { Visible: 'visible', Hidden: 'hidden', VeryHidden: 'veryHidden' };

export async function readGridsIn(
  context: Excel.RequestContext,
  caps: HostCapabilities,
  options: ReadOptions = {},
  limits: ReadLimits = DEFAULT_READ_LIMITS,
): Promise<{ grids: SheetGrid[]; sheetNames: string[] }> {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name,items/visibility');
  await context.sync();

  const wanted = options.sheets ? new Set(options.sheets) : undefined;
  const plans: SheetPlan[] = worksheets.items
    .filter((sheet) => !wanted || wanted.has(sheet.name))
    .map((sheet) => ({
      sheet,
      grid: {
        name: sheet.name,
        origin: { row: 0, col: 0 },
        values: [],
        text: [],
        numberFormat: [],
        formulas: [],
        merges: [],
        visibility: VISIBILITY[sheet.visibility] ?? 'visible',
      },
    }));
  options.onProgress?.(0, plans.length);

  const usedRanges = plans.map(({ sheet }) => {
    if (caps.canReadProtection) sheet.protection.load('protected');
    // Values only: publishers often format thousands of empty rows, which would only cost payload.
    const valuesOnly = caps.canReadValuesOnly || undefined;
    const used = caps.canUseNullObjects ? sheet.getUsedRangeOrNullObject(valuesOnly) : sheet.getUsedRange(valuesOnly);
    used.load('rowIndex,columnIndex,rowCount,columnCount');
    return used;
  });
  await context.sync();

  const blocks: Block[] = [];
  plans.forEach((plan, i) => {
    if (caps.canReadProtection) plan.grid.protected = plan.sheet.protection.protected;
    const used = usedRanges[i];
    if (used.isNullObject) return;
    plan.bounds = boundsOf(plan, used, limits);
    blocks.push(...rowBlocks(plan, plan.bounds, limits.cellsPerSync));
  });

  const batches = packBlocks(blocks, limits.cellsPerSync);
  const finished = new Set<SheetPlan>();
  for (const [index, batch] of batches.entries()) {
    // Merged areas ride along with the first batch so they never cost a sync of their own.
    if (index === 0 && caps.canReadMerges) queueMerges(plans);
    await loadBatch(context, batch);
    if (index === 0 && caps.canReadMerges) for (const plan of plans) collectMerges(plan);
    for (const block of batch) finished.add(block.plan);
    options.onProgress?.(Math.max(finished.size, index === batches.length - 1 ? plans.length : 0), plans.length);
  }
  return { grids: plans.map((plan) => trimEmpty(plan.grid)), sheetNames: worksheets.items.map((s) => s.name) };
}

function boundsOf(plan: SheetPlan, used: Excel.Range, limits: ReadLimits): CellRange {
  const rows = used.rowCount;
  const cols = used.columnCount;
  let kept = rows;
  if (rows * cols > limits.cellsPerSheet) {
    kept = Math.max(1, Math.floor(limits.cellsPerSheet / Math.max(cols, 1)));
    plan.grid.readWarnings = [excelStrings.truncatedSheet(rows, cols, kept)];
  }
  plan.grid.origin = { row: used.rowIndex, col: used.columnIndex };
  return {
    top: used.rowIndex,
    left: used.columnIndex,
    bottom: used.rowIndex + kept - 1,
    right: used.columnIndex + cols - 1,
  };
}

/** Splits a sheet's range into row blocks of at most `cellsPerBlock` cells (at least one row each). */
export function rowBlocksOf(range: CellRange, cellsPerBlock: number): CellRange[] {
  const cols = range.right - range.left + 1;
  const rowsPerBlock = Math.max(1, Math.floor(cellsPerBlock / cols));
  const out: CellRange[] = [];
  for (let top = range.top; top <= range.bottom; top += rowsPerBlock)
    out.push({ ...range, top, bottom: Math.min(range.bottom, top + rowsPerBlock - 1) });
  return out;
}

function rowBlocks(plan: SheetPlan, range: CellRange, cellsPerBlock: number): Block[] {
  return rowBlocksOf(range, cellsPerBlock).map((r) => ({ plan, range: r }));
}

function cellCount(range: CellRange): number {
  return (range.bottom - range.top + 1) * (range.right - range.left + 1);
}

function packBlocks(blocks: Block[], cellsPerSync: number): Block[][] {
  const batches: Block[][] = [];
  let current: Block[] = [];
  let cells = 0;
  for (const block of blocks) {
    const n = cellCount(block.range);
    if (current.length > 0 && cells + n > cellsPerSync) {
      batches.push(current);
      current = [];
      cells = 0;
    }
    current.push(block);
    cells += n;
  }
  if (current.length > 0 || batches.length === 0) batches.push(current);
  return batches;
}

/** Loads a batch in one sync; if Excel rejects it, each block is retried alone so one bad sheet can't sink the read. */
async function loadBatch(context: Excel.RequestContext, batch: Block[]): Promise<void> {
  const queue = (block: Block) => {
    const range = block.plan.sheet.getRange(rangeToA1(block.range));
    range.load('values,text,numberFormat,formulas');
    return range;
  };
  const ranges = batch.map(queue);
  try {
    await context.sync();
    batch.forEach((block, i) => storeBlock(block, ranges[i]));
    return;
  } catch (error) {
    if (batch.length === 1) return failBlock(batch[0], error);
  }
  for (const block of batch) {
    const range = queue(block);
    try {
      await context.sync();
      storeBlock(block, range);
    } catch (error) {
      failBlock(block, error);
    }
  }
}

/** An unreadable block reads as empty rows (the core never sees holes) plus a warning naming the sheet. */
function failBlock(block: Block, error: unknown): void {
  const grid = block.plan.grid;
  const cols = block.range.right - block.range.left + 1;
  for (let row = block.range.top; row <= block.range.bottom; row++) {
    const r = row - grid.origin.row;
    grid.values[r] = new Array<CellValue>(cols).fill(null);
    grid.text![r] = new Array<string>(cols).fill('');
    grid.numberFormat![r] = new Array<string>(cols).fill('General');
    grid.formulas![r] = new Array<string>(cols).fill('');
  }
  const warning = excelStrings.unreadableSheet(grid.name, describeOfficeError(error));
  if (!grid.readWarnings?.includes(warning)) grid.readWarnings = [...(grid.readWarnings ?? []), warning];
}

function storeBlock(block: Block, range: Excel.Range): void {
  const grid = block.plan.grid;
  const offset = block.range.top - grid.origin.row;
  range.values.forEach((row, r) => {
    grid.values[offset + r] = row.map(cellValue);
    grid.text![offset + r] = range.text[r].map((t) => String(t ?? ''));
    grid.numberFormat![offset + r] = range.numberFormat[r].map((f) => (typeof f === 'string' && f ? f : 'General'));
    grid.formulas![offset + r] = range.formulas[r].map((f) => (typeof f === 'string' && f.startsWith('=') ? f : ''));
  });
}

/** Office.js gives "" for an empty cell; the core (like the xlsx reader) uses null. Errors stay "#REF!" strings. */
function cellValue(value: unknown): CellValue {
  if (value === '' || value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'string') return value;
  return String(value);
}

function queueMerges(plans: SheetPlan[]): void {
  for (const plan of plans) {
    if (!plan.bounds) continue;
    plan.merges = plan.sheet.getRange(rangeToA1(plan.bounds)).getMergedAreasOrNullObject();
    plan.merges.load('address');
  }
}

/** Merges are a refinement: if their load failed with the batch, the sheet is read without them. */
function collectMerges(plan: SheetPlan): void {
  try {
    if (!plan.merges || plan.merges.isNullObject) return;
    plan.grid.merges = parseAreas(plan.merges.address);
  } catch {
    plan.grid.merges = [];
  }
}

/** "Sheet1!A1:B2, 'My, sheet'!C3:D4" → ranges; sheet names may hold commas, so match what follows each "!". */
export function parseAreas(address: string): CellRange[] {
  const out: CellRange[] = [];
  for (const match of address.matchAll(/!(\$?[A-Z]+\$?\d+(?::\$?[A-Z]+\$?\d+)?)(?=\s*,|\s*$)/g))
    out.push(parseRangeA1(match[1]));
  return out;
}

/** ExcelApi 1.1's getUsedRange returns A1 for a blank sheet; report it as empty like the other readers. */
function trimEmpty(grid: SheetGrid): SheetGrid {
  const only = grid.values.length === 1 && grid.values[0].length === 1;
  if (only && grid.values[0][0] === null && !grid.formulas?.[0]?.[0])
    return { ...grid, values: [], text: [], numberFormat: [], formulas: [] };
  return grid;
}
