/**
 * Paints a report's findings and clears them again — one reconciliation: restore the old marks that
 * are no longer wanted, paint the new ones, remember originals. One sync reads the current fills (plus
 * one for the sheet list and record when the host has no fresh session), one sync writes everything.
 */
import type { PaintResult } from '../core/host';
import { excelStrings } from '../strings/excel';
import type { HostCapabilities } from './capabilities';
import { queueCellStates, type CellState } from './cell-state';
import { queueFillWrites, type FillWrites } from './fill-writes';
import { emptyRecord, type CellMark, type MarkRecord, type MarkStore } from './marks';
import type { PaintTarget } from './targets';

/** What the host knows from its last read: the sheet names and the painted-cell record. */
export interface MarkSession {
  sheetNames: string[];
  record: MarkRecord;
}

export interface ReconcileResult extends PaintResult {
  /** Marks restored to their original fill. */
  restored: number;
  /** Marks left alone because the user re-coloured the cell since. */
  leftAlone: number;
  session: MarkSession;
}

type Targets = Map<string, Map<string, PaintTarget>>;

interface SheetWork {
  sheet: string;
  worksheet: Excel.Worksheet;
  old: Map<string, CellMark>;
  wanted: Map<string, PaintTarget>;
  states: () => Map<string, CellState>;
}

interface SheetPlan {
  sheet: string;
  writes: (() => void)[];
  marks: CellMark[];
  old: CellMark[];
}

export async function reconcileMarks(
  context: Excel.RequestContext,
  caps: HostCapabilities,
  store: MarkStore,
  targets: Targets,
  session?: MarkSession,
): Promise<ReconcileResult> {
  const { sheetNames, record } = session ?? (await loadSession(context, store));
  const existing = new Set(sheetNames);
  const skipped: string[] = [];
  const work: SheetWork[] = [];
  for (const sheet of new Set([...targets.keys(), ...Object.keys(record.sheets)])) {
    const wanted = targets.get(sheet) ?? new Map<string, PaintTarget>();
    if (!existing.has(sheet)) {
      // Old marks of a deleted sheet went with it; findings on a vanished sheet can't be painted.
      if (wanted.size > 0) skipped.push(excelStrings.missingSheet(sheet));
      continue;
    }
    const worksheet = context.workbook.worksheets.getItem(sheet);
    if (caps.canReadProtection) worksheet.protection.load('protected');
    const old = new Map((record.sheets[sheet] ?? []).map((mark) => [mark.cell, mark]));
    const cells = [...new Set([...old.keys(), ...wanted.keys()])];
    work.push({ sheet, worksheet, old, wanted, states: queueCellStates(worksheet, cells, caps) });
  }
  if (work.length > 0) await context.sync();

  const counts = { painted: 0, restored: 0, leftAlone: 0 };
  const next = emptyRecord();
  const plans: SheetPlan[] = [];
  for (const item of work) {
    const old = [...item.old.values()];
    if (caps.canReadProtection && item.worksheet.protection.protected) {
      if (item.wanted.size > 0) skipped.push(excelStrings.protectedSheet(item.sheet));
      // Can't restore now: keep the old marks so a later 清除标记 still can.
      if (old.length > 0) next.sheets[item.sheet] = old;
      continue;
    }
    plans.push(planSheet(item, caps, counts));
  }
  for (const plan of plans) if (plan.marks.length > 0) next.sheets[plan.sheet] = plan.marks;

  if (caps.canReadProtection) {
    // The record travels first: if a write fails half-way, the unpainted cells no longer match their
    // recorded tint and a later clear leaves them alone instead of "restoring" something wrong.
    store.save(context, next);
    for (const plan of plans) plan.writes.forEach((write) => write());
    await context.sync();
  } else {
    // Without ExcelApi 1.2 protection is unknown: write everything at once, and only if Excel
    // refuses (a protected sheet) redo it sheet by sheet, so that sheet fails alone. The writes are
    // idempotent, so repeating those applied before the failure is harmless.
    plans.forEach((plan) => plan.writes.forEach((write) => write()));
    try {
      await context.sync();
    } catch {
      for (const plan of plans) {
        plan.writes.forEach((write) => write());
        try {
          await context.sync();
        } catch {
          skipped.push(excelStrings.protectedSheet(plan.sheet));
          counts.painted -= plan.marks.length;
          if (plan.old.length > 0) next.sheets[plan.sheet] = plan.old;
          else delete next.sheets[plan.sheet];
        }
      }
    }
    store.save(context, next);
  }
  await store.flush();
  return { ...counts, skipped, session: { sheetNames, record: next } };
}

async function loadSession(context: Excel.RequestContext, store: MarkStore): Promise<MarkSession> {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name');
  const record = store.load(context);
  await context.sync();
  return { sheetNames: worksheets.items.map((sheet) => sheet.name), record: record() };
}

function planSheet(
  item: SheetWork,
  caps: HostCapabilities,
  counts: { painted: number; restored: number; leftAlone: number },
): SheetPlan {
  const states = item.states();
  const plan: SheetPlan = { sheet: item.sheet, writes: [], marks: [], old: [...item.old.values()] };
  const range = (cell: string) => item.worksheet.getRange(cell);
  const fills: FillWrites = { colours: new Map(), clears: [] };
  // Fills of the whole sheet travel together: one setCellProperties where ExcelApi 1.9 allows it.
  plan.writes.push(() => queueFillWrites(item.worksheet, fills, caps.canUseCellProperties));

  for (const mark of item.old.values()) {
    if (item.wanted.has(mark.cell)) continue;
    const state = states.get(mark.cell);
    if (!state || state.fill !== mark.painted.toUpperCase()) {
      counts.leftAlone++;
    } else {
      counts.restored++;
      if (mark.original === null) fills.clears.push(mark.cell);
      else fills.colours.set(mark.cell, mark.original);
    }
    const note = state?.note;
    if (note && mark.note !== undefined && note.content === mark.note) plan.writes.push(() => note.delete());
  }

  for (const target of item.wanted.values()) {
    const state = states.get(target.cell) ?? { fill: null };
    const previous = item.old.get(target.cell);
    // Re-painting our own mark keeps the true original; a cell re-coloured since gets a new original.
    const original = previous && state.fill === previous.painted.toUpperCase() ? previous.original : state.fill;
    const mark: CellMark = { cell: target.cell, original, painted: target.fill };
    fills.colours.set(target.cell, target.fill);
    if (caps.canPaintNotes) {
      const existing = state.note;
      const ours = existing && previous?.note !== undefined && existing.content === previous.note;
      if (!existing) {
        mark.note = target.note;
        plan.writes.push(() => item.worksheet.notes.add(range(target.cell), target.note));
      } else if (ours) {
        mark.note = target.note;
        plan.writes.push(() => {
          existing.content = target.note;
        });
      } // else: the user's own note stays untouched, and we add none.
    }
    plan.marks.push(mark);
    counts.painted++;
  }
  return plan;
}
