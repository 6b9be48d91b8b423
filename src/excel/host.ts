/** The Office.js WorkbookHost the task pane uses: read grids, paint and clear marks, navigate, insert templates, apply quick fixes. */
import type { Explanation } from '../core/explanations';
import type { CellRange, SheetGrid } from '../core/grid/types';
import type { CellChange, PaintResult, ReadOptions, WorkbookHost } from '../core/host';
import type { InsertRowsFix, Report } from '../core/report/types';
import type { SheetDraft } from '../core/templates/draft';
import { excelStrings } from '../strings/excel';
import { hostCapabilities, type HostCapabilities } from './capabilities';
import { officeEnv, type OfficeEnv } from './env';
import { ExcelHostError, withOfficeErrors } from './errors';
import { writeExplanationsIn } from './explanations';
import { applyFixIn } from './fix';
import { insertDraftsIn } from './insert';
import { markStore } from './marks';
import { reconcileMarks, type MarkSession } from './paint';
import { readGridsIn, readLimitsFor, type ReadLimits } from './read';
import { paintTargets } from './targets';
import { watchChangesIn } from './watch';

export interface OfficeHost extends WorkbookHost {
  readonly capabilities: HostCapabilities;
  /** Inserts a quick fix's rows; returns their A1 range on the fix's sheet. */
  applyFix(fix: InsertRowsFix): Promise<string>;
}

export function createOfficeHost(
  env: OfficeEnv = officeEnv(),
  limits: ReadLimits = readLimitsFor(env.platform),
): OfficeHost {
  const caps = hostCapabilities(env);
  const store = markStore(caps, env);
  // Filled by readGrids so paint needs no sync of its own to learn the sheet names and the old marks.
  let session: MarkSession | undefined;
  // Merged areas from the last read, so a finding inside one marks the cell Excel shows.
  let merges = new Map<string, CellRange[]>();
  const marking = caps.canUndoGroup ? { mergeUndoGroup: true } : undefined;

  const reconcile = (report: Report | null, known?: MarkSession) =>
    env.run(
      (context) => reconcileMarks(context, caps, store, report ? paintTargets(report, merges) : new Map(), known),
      marking,
    );

  return {
    capabilities: caps,

    readGrids: (options?: ReadOptions): Promise<SheetGrid[]> =>
      withOfficeErrors(() =>
        env.run(async (context) => {
          const record = store.load(context);
          const { grids, sheetNames } = await readGridsIn(context, caps, options, limits);
          session = { sheetNames, record: record() };
          merges = new Map([...merges, ...grids.map((grid): [string, CellRange[]] => [grid.name, grid.merges])]);
          return grids;
        }),
      ),

    paint: (report: Report): Promise<PaintResult> =>
      withOfficeErrors(async () => {
        let result;
        try {
          result = await reconcile(report, session);
        } catch (error) {
          // A stale session (a sheet deleted since the read) fails the fill read; retry from fresh state.
          if (!session) throw error;
          session = undefined;
          result = await reconcile(report);
        }
        session = result.session;
        const skipped = [...result.skipped];
        if (result.painted > 0 && !caps.canStoreState) skipped.push(excelStrings.noStateStore);
        return { painted: result.painted, skipped };
      }),

    clear: () =>
      withOfficeErrors(async () => {
        session = (await reconcile(null)).session;
      }),

    select: (sheet: string, cell: string) =>
      withOfficeErrors(() =>
        env.run(async (context) => {
          const worksheets = context.workbook.worksheets;
          worksheets.load('items/name,items/visibility');
          await context.sync();
          const target = worksheets.items.find((item) => item.name === sheet);
          if (!target) throw new ExcelHostError(excelStrings.sheetNotFound(sheet));
          if (target.visibility !== 'Visible') throw new ExcelHostError(excelStrings.hiddenSheetSelect(sheet));
          target.activate();
          target.getRange(cell).select();
          await context.sync();
        }),
      ),

    insert: (drafts: SheetDraft[]) =>
      withOfficeErrors(async () => {
        const names = await env.run((context) => insertDraftsIn(context, caps, drafts));
        if (session) session = { ...session, sheetNames: [...session.sheetNames, ...names] };
        return names;
      }, excelStrings.insertFailed),

    // Absent (not a no-op) where Excel has no change events, so the pane shows 边改边查 as unavailable.
    watchChanges: caps.canWatchChanges
      ? (listener: (changes: CellChange[]) => void) => withOfficeErrors(() => watchChangesIn(env, listener))
      : undefined,

    writeExplanations: (explanations: readonly Explanation[]) =>
      withOfficeErrors(async () => {
        await env.run((context) => writeExplanationsIn(context, caps, explanations));
      }, excelStrings.explainFailed),

    applyFix: (fix: InsertRowsFix) =>
      withOfficeErrors(async () => {
        const { range, record } = await env.run((context) => applyFixIn(context, store, fix, session?.record));
        if (session) session = { ...session, record };
        return range;
      }, excelStrings.fixFailed),
  };
}
