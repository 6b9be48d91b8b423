/**
 * Reads worksheets into SheetGrids in a constant number of syncs: (1) the sheet list, (2) every used
 * range's bounds, (3) every sheet's cells and merged areas together — split into more syncs only when
 * the data itself would exceed the platform's budget (Excel on the web's 5 MB payload), never because
 * of the sheet count.
 */
import { parseRangeA1, rangeToA1 } from '../core/grid/address';
import type { CellRange, CellValue, SheetGrid, SheetVisibility } from '../core/grid/types';
import type { ReadOptions } from '../core/host';
import { excelStrings } from '../strings/excel';
import type { HostCapabilities } from './capabilities';
import type { HostPlatform } from './env';
import { describeOfficeError } from './errors';

export interface ReadLimits {
  /** Estimated response bytes one sync may carry (see BYTES_PER_CELL); Infinity where the host has no payload cap. */
  bytesPerSync: number;
  /** Cells one sync may carry whatever their bytes, so one response's memory in the task pane stays bounded. */
  cellsPerSync: number;
  /** Sheets beyond this many cells are truncated with a warning (Excel refuses to read ranges over 5 M cells). */
  cellsPerSheet: number;
}

/**
 * JSON bytes one cell costs in a response loading values, text, numberFormat and formulas (UTF-8, as
 * Excel serializes it): a blank cell is `"","","General","",` = 19 bytes; a 2-decimal amount
 * `107.54,"107.54","#,##0.00",107.54,` ≈ 37; a six-character Chinese label (3 bytes a character),
 * repeated in values, text and formulas, ≈ 73. Measured on the fake: 32 bytes a cell over the bench's
 * 433 k cells of real published tables, 42 on a label-heavy synthetic one; 48 leaves headroom. Long
 * text that beats the estimate is refused by Excel and re-read in halves (retryOrFail), never lost.
 */
export const BYTES_PER_CELL = 48;

/**
 * Excel on the web caps each request and response at 5 MB; 4.5 MB of estimated cells leaves room for the
 * envelope and the merged-area addresses that ride along. Windows and Mac have no payload cap (only the
 * 5 M-cell limit per range read, on every platform), so their budget is cells alone: 2 M cells (≈ 65–100 MB
 * of JSON) per round trip reads a 1 M-cell workbook at once and splits only genuinely huge ones.
 */
export const WEB_READ_LIMITS: ReadLimits = {
  bytesPerSync: 4_500_000,
  cellsPerSync: 2_000_000,
  cellsPerSheet: 5_000_000,
};
export const DESKTOP_READ_LIMITS: ReadLimits = { ...WEB_READ_LIMITS, bytesPerSync: Infinity };

export function readLimitsFor(platform: HostPlatform): ReadLimits {
  return platform === 'desktop' ? DESKTOP_READ_LIMITS : WEB_READ_LIMITS;
}

/** Cells per sync: the smaller of the cell cap and what the byte budget allows. */
export function cellBudget(limits: ReadLimits): number {
  return Math.max(1, Math.min(limits.cellsPerSync, Math.floor(limits.bytesPerSync / BYTES_PER_CELL)));
}

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
  limits: ReadLimits = WEB_READ_LIMITS,
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

  const budget = cellBudget(limits);
  const blocks: Block[] = [];
  plans.forEach((plan, i) => {
    if (caps.canReadProtection) plan.grid.protected = plan.sheet.protection.protected;
    const used = usedRanges[i];
    if (used.isNullObject) return;
    plan.bounds = boundsOf(plan, used, limits);
    blocks.push(...rowBlocks(plan, plan.bounds, budget));
  });

  const batches = packBlocks(blocks, budget);
  const finished = new Set<SheetPlan>();
  for (const [index, batch] of batches.entries()) {
    // Merged areas ride along with the first batch so they never cost a sync of their own.
    if (index === 0 && caps.canReadMerges) queueMerges(plans);
    await loadBatch(context, batch);
    if (index === 0 && caps.canReadMerges) await collectAllMerges(context, plans);
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
  const ranges = batch.map(queueBlock);
  try {
    await context.sync();
    batch.forEach((block, i) => storeBlock(block, ranges[i]));
    return;
  } catch (error) {
    if (batch.length === 1) return retryOrFail(context, batch[0], error);
  }
  for (const block of batch) await loadAlone(context, block);
}

function queueBlock(block: Block): Excel.Range {
  const range = block.plan.sheet.getRange(rangeToA1(block.range));
  range.load('values,text,numberFormat,formulas');
  return range;
}

async function loadAlone(context: Excel.RequestContext, block: Block): Promise<void> {
  const range = queueBlock(block);
  try {
    await context.sync();
    storeBlock(block, range);
  } catch (error) {
    await retryOrFail(context, block, error);
  }
}

/**
 * A block refused for its payload (text far longer than BYTES_PER_CELL assumed) is re-read in two
 * halves, down to single rows; any other refusal, or a single row still too big, fails the block.
 */
async function retryOrFail(context: Excel.RequestContext, block: Block, error: unknown): Promise<void> {
  const { top, bottom } = block.range;
  const code = (error as { code?: string } | null)?.code ?? '';
  if (!/PayloadSizeLimitExceeded/.test(code) || top === bottom) return failBlock(block, error);
  const middle = top + Math.floor((bottom - top + 1) / 2) - 1;
  await loadAlone(context, { plan: block.plan, range: { ...block.range, bottom: middle } });
  await loadAlone(context, { plan: block.plan, range: { ...block.range, top: middle + 1 } });
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

/** Merged areas refused with their batch (its payload, say) are asked for once more on their own. */
async function collectAllMerges(context: Excel.RequestContext, plans: SheetPlan[]): Promise<void> {
  const missed = plans.filter((plan) => !collectMerges(plan));
  if (missed.length === 0) return;
  queueMerges(missed);
  try {
    await context.sync();
  } catch {
    // Merges are a refinement: if they fail again, those sheets are read without them.
  }
  missed.forEach(collectMerges);
}

/** False when the merges' load never ran (its sync failed). */
function collectMerges(plan: SheetPlan): boolean {
  try {
    if (plan.merges && !plan.merges.isNullObject) plan.grid.merges = parseAreas(plan.merges.address);
    return true;
  } catch {
    plan.grid.merges = [];
    return false;
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
