/** Boots the playground outside Office: loads the bundled sample, then any .xlsx the user opens (parsed locally). */
import { FluentProvider, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { useCallback, useEffect, useState } from 'react';
import type { Root } from 'react-dom/client';
import { readWorkbook } from '../xlsx/reader';
import { paneStrings } from '../strings/pane';
import { createMemoryWorkbook } from './host/memoryHost';
import { Playground, type LoadState } from './Playground';

/** Copied next to the page by webpack (CopyWebpackPlugin). */
export const SAMPLE_URL = 'assets/samples/pingxiang-2023-department-budget.xlsx';
const SAMPLE_NAME = 'pingxiang-2023-department-budget.xlsx';

export function bootPlayground(root: Root): void {
  document.title = paneStrings.playground.title;
  root.render(<PlaygroundRoot />);
}

let nextId = 1;

async function openWorkbook(name: string, data: ArrayBuffer): Promise<LoadState> {
  const { grids } = readWorkbook(data);
  return { current: { workbook: createMemoryWorkbook(name, grids), id: nextId++ } };
}

function PlaygroundRoot() {
  const dark = usePrefersDark();
  const theme = dark ? webDarkTheme : webLightTheme;
  const [load, setLoad] = useState<LoadState>({ loading: paneStrings.playground.loadingSample });

  useEffect(() => {
    fetch(SAMPLE_URL)
      .then((response) => {
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        return response.arrayBuffer();
      })
      .then((data) => openWorkbook(SAMPLE_NAME, data))
      .then(setLoad)
      .catch((error: unknown) =>
        setLoad({ failure: { title: paneStrings.playground.sampleFailed, detail: describe(error) } }),
      );
  }, []);

  const openFile = useCallback((file: File) => {
    setLoad((previous) => ({ current: previous.current, loading: paneStrings.playground.opening(file.name) }));
    file
      .arrayBuffer()
      .then((data) => openWorkbook(file.name, data))
      .then(setLoad)
      .catch((error: unknown) =>
        setLoad((previous) => ({
          current: previous.current,
          failure: { title: paneStrings.playground.openFailed(file.name), detail: describe(error) },
        })),
      );
  }, []);

  return (
    <FluentProvider theme={theme}>
      <Playground
        load={load}
        theme={theme}
        onOpenFile={openFile}
        onDismissFailure={() => setLoad((previous) => ({ current: previous.current }))}
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
