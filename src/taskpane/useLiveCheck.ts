/**
 * 边改边查: after a validation, edits inside recognized tables re-check the workbook in the background
 * (debounced), so a fix turns its mark off without another click. Off when the user turns it off in 设置
 * or where the host has no change events.
 */
import { useEffect, useRef } from 'react';
import type { WorkbookHost } from '../core/host';
import { LIVE_CHECK_DELAY_MS, touchesTable } from './model/liveCheck';
import type { Checker } from './useChecker';

export function useLiveCheck(host: WorkbookHost, checker: Checker, enabled: boolean): void {
  // The latest report and state, read when an edit arrives: one subscription lives across re-checks.
  const latest = useRef(checker);
  latest.current = checker;
  const checked = checker.result !== undefined;

  useEffect(() => {
    if (!enabled || !checked || !host.watchChanges) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stop: (() => Promise<void>) | undefined;
    let live = true;
    const recheck = () => {
      const { phase, result, run } = latest.current;
      // A check is running (maybe the user's own): try again once it is done.
      if (phase.kind !== 'idle') timer = setTimeout(recheck, LIVE_CHECK_DELAY_MS);
      else if (result) void run(result.scope);
    };
    host
      .watchChanges((changes) => {
        const report = latest.current.result?.report;
        if (!report || !touchesTable(report, changes)) return;
        clearTimeout(timer);
        timer = setTimeout(recheck, LIVE_CHECK_DELAY_MS);
      })
      .then(
        (unsubscribe) => {
          if (live) stop = unsubscribe;
          else void unsubscribe();
        },
        () => undefined,
      );
    return () => {
      live = false;
      clearTimeout(timer);
      void stop?.().catch(() => undefined);
    };
  }, [host, enabled, checked]);
}
