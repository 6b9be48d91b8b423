/**
 * Boots the playground outside Office: loads the bundled sample, then any .xlsx the user opens — parsed
 * locally, in a Web Worker, so the page never freezes and a long parse can be cancelled.
 */
import { FluentProvider, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Root } from 'react-dom/client';
import { paneStrings } from '../strings/pane';
import { createValidator } from '../taskpane/validation/validator';
import { createMemoryWorkbook } from './host/memoryHost';
import { ParseCancelled, parseInWorker, type ParseJob } from './parseInWorker';
import { Playground, type LoadState } from './Playground';

/** Copied next to the page by webpack (CopyWebpackPlugin). */
export const SAMPLE_URL = 'assets/samples/pingxiang-2023-department-budget.xlsx';
const SAMPLE_NAME = 'pingxiang-2023-department-budget.xlsx';

export function bootPlayground(root: Root): void {
  document.title = paneStrings.playground.title;
  root.render(<PlaygroundRoot />);
}

let nextId = 1;

async function openWorkbook(job: ParseJob, name: string): Promise<LoadState> {
  const { grids, warnings, held } = await job.result;
  // What the reader left out (a sheet past the cell cap …) is said at once, before any 校验.
  const notes = [...warnings, ...grids.flatMap((g) => (g.readWarnings ?? []).map((w) => `${g.name}：${w}`))];
  // The parser holds the grids: it validates them too, so the first 校验 sends no cell back.
  const validator = createValidator(held);
  return { current: { workbook: createMemoryWorkbook(name, grids), validator, id: nextId++ }, notes };
}

function PlaygroundRoot() {
  const dark = usePrefersDark();
  const theme = dark ? webDarkTheme : webLightTheme;
  const [load, setLoad] = useState<LoadState>({ loading: paneStrings.playground.loadingSample });
  // The parse in progress: opening another file or 取消 ends it.
  const job = useRef<ParseJob>(undefined);

  const start = (data: ArrayBuffer): ParseJob => {
    job.current?.cancel();
    job.current = parseInWorker(data);
    return job.current;
  };

  useEffect(() => {
    fetch(SAMPLE_URL)
      .then((response) => {
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        return response.arrayBuffer();
      })
      .then((data) => openWorkbook(start(data), SAMPLE_NAME))
      .then(setLoad)
      .catch((error: unknown) => {
        if (error instanceof ParseCancelled) return;
        setLoad({ failure: { title: paneStrings.playground.sampleFailed, detail: describe(error) } });
      });
  }, []);

  const openFile = useCallback((file: File) => {
    setLoad((previous) => ({ current: previous.current, loading: paneStrings.playground.opening(file.name) }));
    file
      .arrayBuffer()
      .then((data) => openWorkbook(start(data), file.name))
      .then(setLoad)
      .catch((error: unknown) => {
        // 取消 (or another file) already put the previous workbook back.
        if (error instanceof ParseCancelled) return;
        setLoad((previous) => ({
          current: previous.current,
          failure: { title: paneStrings.playground.openFailed(file.name), detail: describe(error) },
        }));
      });
  }, []);

  const cancel = useCallback(() => {
    job.current?.cancel();
    job.current = undefined;
    setLoad((previous) => ({ current: previous.current }));
  }, []);

  return (
    <FluentProvider theme={theme}>
      <Playground
        load={load}
        theme={theme}
        onOpenFile={openFile}
        onCancel={cancel}
        onDismissNotes={() => setLoad((previous) => ({ ...previous, notes: undefined }))}
        onDismissFailure={() => setLoad((previous) => ({ current: previous.current, notes: previous.notes }))}
      />
    </FluentProvider>
  );
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function usePrefersDark(): boolean {
  const query = '(prefers-color-scheme: dark)';
  const [dark, setDark] = useState(() => window.matchMedia?.(query).matches ?? false);
  useEffect(() => {
    const media = window.matchMedia?.(query);
    if (!media) return;
    const listener = (event: MediaQueryListEvent) => setDark(event.matches);
    media.addEventListener('change', listener);
    return () => media.removeEventListener('change', listener);
  }, []);
  return dark;
}
