/**
 * The pane's one workflow as a React hook: read grids (with progress) → validate (in the validator
 * worker, see validation/) → paint, then select, fix, clear and export. Every host call is caught and
 * turned into a calm zh-CN message; a newer check supersedes an older one, and 取消 stops it.
 */
import { useCallback, useMemo, useRef, useState } from 'react';
import {
  EXPLANATIONS_SHEET,
  explanationRows,
  isInternalSheet,
  readExplanations,
  withExplanation,
} from '../core/explanations';
import type { SheetGrid } from '../core/grid/types';
import { reportSheetDraft, reportToCsv, reportToJson } from '../core/report/export';
import type { CellRef, Finding, Report } from '../core/report/types';
import type { ValidateOptions } from '../core/validate';
import { paneStrings } from '../strings/pane';
import { uncheckedSheets } from './model/coverage';
import { describeWorkbook, type WorkbookMeta } from './model/meta';
import type { ExportFormat, PaneHost } from './paneHost';
import { downloadText, reportFileName } from './report/download';
import { codeCatalogueOf } from './settings/catalogue';
import type { PaneSettings } from './settings/settings';
import { latestOnly, type Ticket } from './validation/latest';
import type { Validator } from './validation/validator';

export type Scope = 'workbook' | 'sheet';

export type Phase =
  { kind: 'idle' } | { kind: 'reading'; done: number; total: number } | { kind: 'validating' } | { kind: 'painting' };

export interface CheckResult {
  report: Report;
  meta: WorkbookMeta;
  /** Names of the sheets read, in workbook order. */
  sheets: string[];
  scope: Scope;
  paintSkipped: string[];
  /** Sheets with content that no table was recognized in: never a green result while any remain. */
  unchecked: string[];
}

export interface PaneMessage {
  intent: 'error' | 'success' | 'info';
  title?: string;
  text: string;
}

export interface Checker {
  phase: Phase;
  result?: CheckResult;
  message?: PaneMessage;
  dismissMessage(): void;
  run(scope: Scope): Promise<void>;
  /** 取消: stops the check in progress; the previous result stays. */
  cancel(): void;
  /** Re-validates the grids last read with new settings (no re-read, e.g. after a recognition fix). */
  revalidate(settings: PaneSettings): Promise<void>;
  select(target: CellRef): Promise<void>;
  fix(finding: Finding): Promise<void>;
  /** Stores (or, with blank text, removes) a warning's 出错说明 in the workbook and re-validates. */
  explain(finding: Finding, text: string): Promise<void>;
  clear(): Promise<void>;
  exportReport(format: ExportFormat): Promise<void>;
}

/** What the core is asked for: the settings as options (the catalogue's Maps are rebuilt here). */
function validateOptions(settings: PaneSettings): ValidateOptions {
  return {
    profile: settings.profile,
    severity: settings.severity,
    kindOverrides: settings.kindOverrides,
    catalogue: codeCatalogueOf(settings.catalogue),
  };
}

export function useChecker(pane: PaneHost, settings: PaneSettings, validator: Validator): Checker {
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const [result, setResult] = useState<CheckResult>();
  const [message, setMessage] = useState<PaneMessage>();
  const lastRead = useRef<{ grids: SheetGrid[]; scope: Scope }>(undefined);
  const tickets = useMemo(() => latestOnly(validator), [validator]);
  /** The paint in progress: paints run one after another, so an older one never lands over a newer one. */
  const painting = useRef<Promise<unknown>>(Promise.resolve());

  const fail = useCallback((title: string, error: unknown) => {
    setMessage({ intent: 'error', title, text: error instanceof Error ? error.message : String(error) });
  }, []);

  const validateAndPaint = useCallback(
    async (ticket: Ticket, grids: SheetGrid[], scope: Scope, current: PaneSettings) => {
      setPhase({ kind: 'validating' });
      let report: Report | undefined;
      try {
        report = await ticket.validate(grids, validateOptions(current));
      } catch (error) {
        fail(paneStrings.errors.validate, error);
        return;
      }
      // Superseded or cancelled: whoever came later decides what the pane shows.
      if (!report) return;
      const meta = describeWorkbook(report);
      const sheets = grids.map((g) => g.name).filter((name) => !isInternalSheet(name));
      const unchecked = uncheckedSheets(report);
      const checked = { report, meta, sheets, scope, unchecked };
      setResult({ ...checked, paintSkipped: [] });
      setPhase({ kind: 'painting' });
      const paint = painting.current.then(() => (ticket.current ? pane.host.paint(report) : undefined));
      painting.current = paint.catch(() => undefined);
      try {
        const painted = await paint;
        if (painted && ticket.current) setResult({ ...checked, paintSkipped: painted.skipped });
      } catch (error) {
        if (ticket.current) fail(paneStrings.errors.paint, error);
      }
    },
    [pane, fail],
  );

  const run = useCallback(
    async (scope: Scope) => {
      const ticket = tickets.next();
      setMessage(undefined);
      setPhase({ kind: 'reading', done: 0, total: 0 });
      try {
        // The 出错说明 sheet is read with the active sheet, so its explanations apply there too.
        const sheets = scope === 'sheet' ? [await pane.activeSheet(), EXPLANATIONS_SHEET] : undefined;
        const grids = await pane.host.readGrids({
          sheets,
          onProgress: (done, total) => ticket.current && setPhase({ kind: 'reading', done, total }),
        });
        if (!ticket.current) return;
        lastRead.current = { grids, scope };
        await validateAndPaint(ticket, grids, scope, settings);
      } catch (error) {
        if (ticket.current) fail(paneStrings.errors.read, error);
      } finally {
        if (ticket.current) setPhase({ kind: 'idle' });
      }
    },
    [pane, settings, tickets, validateAndPaint, fail],
  );

  const cancel = useCallback(() => {
    tickets.cancel();
    setPhase({ kind: 'idle' });
    setMessage({ intent: 'info', text: paneStrings.run.cancelled });
  }, [tickets]);

  const revalidate = useCallback(
    async (next: PaneSettings) => {
      const last = lastRead.current;
      if (!last) return;
      const ticket = tickets.next();
      try {
        await validateAndPaint(ticket, last.grids, last.scope, next);
      } catch (error) {
        if (ticket.current) fail(paneStrings.errors.generic, error);
      } finally {
        if (ticket.current) setPhase({ kind: 'idle' });
      }
    },
    [tickets, validateAndPaint, fail],
  );

  const select = useCallback(
    async (target: CellRef) => {
      try {
        await pane.host.select(target.sheet, target.cell);
      } catch (error) {
        fail(paneStrings.errors.select, error);
      }
    },
    [pane, fail],
  );

  const fix = useCallback(
    async (finding: Finding) => {
      if (!finding.fix || !pane.applyFix) return;
      try {
        await pane.applyFix(finding.fix);
      } catch (error) {
        fail(paneStrings.errors.fix, error);
        return;
      }
      // The sheet changed under the report: check again so every address is current.
      await run(lastRead.current?.scope ?? 'workbook');
    },
    [pane, run, fail],
  );

  const explain = useCallback(
    async (finding: Finding, text: string) => {
      const last = lastRead.current;
      if (!last) return;
      const ticket = tickets.next();
      try {
        const next = withExplanation(readExplanations(last.grids), finding, text, last.grids, { date: today() });
        await pane.host.writeExplanations(next);
        // What was written is what a re-read would return: validate it without reading the workbook again.
        const stored = { name: EXPLANATIONS_SHEET, origin: { row: 0, col: 0 }, values: explanationRows(next) };
        const grids = [
          ...last.grids.filter((g) => g.name !== EXPLANATIONS_SHEET),
          { ...stored, merges: [], visibility: 'veryHidden' as const },
        ];
        lastRead.current = { ...last, grids };
        await validateAndPaint(ticket, grids, last.scope, settings);
      } catch (error) {
        if (ticket.current) fail(paneStrings.errors.explain, error);
      } finally {
        if (ticket.current) setPhase({ kind: 'idle' });
      }
    },
    [pane, settings, tickets, validateAndPaint, fail],
  );

  const clear = useCallback(async () => {
    try {
      await pane.host.clear();
      setMessage({ intent: 'success', text: paneStrings.actions.cleared });
    } catch (error) {
      fail(paneStrings.errors.clear, error);
    }
  }, [pane, fail]);

  const exportReport = useCallback(
    async (format: ExportFormat) => {
      if (!result) return;
      try {
        const name = await pane.workbookName();
        if (format === 'sheet') {
          const [sheet] = await pane.host.insert([reportSheetDraft(result.report, name)]);
          setMessage({ intent: 'success', text: paneStrings.actions.exportedSheet(sheet) });
          return;
        }
        const fileName = reportFileName(name, format);
        if (format === 'csv') downloadText(fileName, 'text/csv;charset=utf-8', reportToCsv(result.report));
        else downloadText(fileName, 'application/json', reportToJson(result.report, name));
        setMessage({ intent: 'success', text: paneStrings.actions.exportedFile(fileName) });
      } catch (error) {
        fail(paneStrings.errors.export, error);
      }
    },
    [pane, result, fail],
  );

  return {
    phase,
    result,
    message,
    dismissMessage: () => setMessage(undefined),
    run,
    cancel,
    revalidate,
    select,
    fix,
    explain,
    clear,
    exportReport,
  };
}

/** The date stamped on a new explanation, in the user's own calendar day (YYYY-MM-DD). */
function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
