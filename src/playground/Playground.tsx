/** The playground page: a toolbar (sample / 打开 .xlsx), the grid of the in-memory workbook, and the real pane beside it. */
import {
  Body1,
  Button,
  Caption1,
  makeStyles,
  Spinner,
  Subtitle1,
  tokens,
  type Theme,
} from '@fluentui/react-components';
import { FolderOpen20Regular } from '@fluentui/react-icons';
import { useMemo, useRef } from 'react';
import { paneStrings } from '../strings/pane';
import { App } from '../taskpane/App';
import { ErrorBoundary } from '../taskpane/components/ErrorBoundary';
import { PaneMessageBar } from '../taskpane/components/PaneMessageBar';
import { GridView } from './GridView';
import type { Validator } from '../taskpane/validation/validator';
import type { MemoryWorkbook } from './host/memoryHost';
import { playgroundPane } from './playgroundPane';

/** Below this width the grid and the pane stack (a 320–380 px task-pane width included). */
const NARROW = '@media (max-width: 719px)';

const useStyles = makeStyles({
  page: {
    height: '100vh',
    overflowX: 'hidden',
    display: 'flex',
    flexDirection: 'column',
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
  },
  toolbar: {
    display: 'flex',
    alignItems: 'center',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  grow: { flexGrow: 1, minWidth: '12em' },
  hint: { display: 'block', color: tokens.colorNeutralForeground3 },
  main: {
    display: 'flex',
    flexGrow: 1,
    minHeight: 0,
    // A phone or a narrow window: the pane goes under the grid, both full width, never sideways scroll.
    [NARROW]: { flexDirection: 'column' },
  },
  grid: {
    flexGrow: 1,
    minWidth: 0,
    backgroundColor: tokens.colorNeutralBackground1,
    [NARROW]: { flexGrow: 0, height: '45%', flexShrink: 0 },
  },
  pane: {
    // Like Excel's task pane: a fixed share of a wide window, never more than the window.
    width: 'min(380px, 40vw)',
    minWidth: '320px',
    flexShrink: 0,
    overflowY: 'auto',
    borderLeft: `1px solid ${tokens.colorNeutralStroke1}`,
    [NARROW]: {
      width: 'auto',
      minWidth: 0,
      flexGrow: 1,
      minHeight: 0,
      borderLeft: 'none',
      borderTop: `1px solid ${tokens.colorNeutralStroke1}`,
    },
  },
  workbookName: { overflowWrap: 'anywhere', minWidth: 0 },
  status: { padding: tokens.spacingHorizontalL },
  loading: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    padding: tokens.spacingHorizontalL,
  },
  hiddenInput: { display: 'none' },
});

/** The open workbook (kept when opening another one fails), what is loading, and why loading failed. */
export interface LoadState {
  current?: { workbook: MemoryWorkbook; validator: Validator; id: number };
  loading?: string;
  failure?: { title: string; detail: string };
  /** What the reader could only partly read (a sheet past the cell cap …), zh-CN. */
  notes?: string[];
}

interface Props {
  load: LoadState;
  theme: Theme;
  onOpenFile(file: File): void;
  onCancel(): void;
  onDismissFailure(): void;
  onDismissNotes(): void;
}

export function Playground({ load, theme, onOpenFile, onCancel, onDismissFailure, onDismissNotes }: Props) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const workbook = load.current?.workbook;
  const validator = load.current?.validator;
  const pane = useMemo(() => workbook && playgroundPane(workbook, validator), [workbook, validator]);

  return (
    <div className={styles.page}>
      <header className={styles.toolbar}>
        <div className={styles.grow}>
          <Subtitle1 as="h1">{paneStrings.playground.title}</Subtitle1>
          <Caption1 className={styles.hint}>{paneStrings.playground.subtitle}</Caption1>
        </div>
        {workbook && (
          <Body1 className={styles.workbookName} data-testid="playground-workbook">
            {workbook.getState().name}
          </Body1>
        )}
        <Button icon={<FolderOpen20Regular />} onClick={() => input.current?.click()}>
          {paneStrings.playground.open}
        </Button>
        <input
          ref={input}
          className={styles.hiddenInput}
          type="file"
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          data-testid="open-file"
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) onOpenFile(file);
            // Let the same file be chosen again after an edit on disk.
            event.target.value = '';
          }}
        />
      </header>
      {load.loading && (
        <div className={styles.loading} role="status">
          <Spinner size="small" label={load.loading} />
          <Button onClick={onCancel} data-testid="cancel-open">
            {paneStrings.playground.cancel}
          </Button>
        </div>
      )}
      {load.notes && load.notes.length > 0 && !load.loading && (
        <div className={styles.status} data-testid="load-notes">
          <PaneMessageBar
            message={{ intent: 'info', title: paneStrings.playground.readNotes, text: load.notes.join('；') }}
            onDismiss={onDismissNotes}
          />
        </div>
      )}
      {load.failure && (
        <div className={styles.status} data-testid="load-failure">
          <PaneMessageBar
            message={{ intent: 'error', title: load.failure.title, text: load.failure.detail }}
            onDismiss={onDismissFailure}
          />
        </div>
      )}
      {/* While another file opens the old pane is gone: a click on 校验 can't land on a workbook about to be replaced. */}
      {load.current && pane && !load.loading && (
        <main className={styles.main}>
          <section className={styles.grid}>
            {/* A grid that cannot render (a workbook of no sheets …) must not take the pane and the workbook with it. */}
            <ErrorBoundary key={load.current.id}>
              <GridView workbook={load.current.workbook} />
            </ErrorBoundary>
          </section>
          <aside className={styles.pane}>
            {/* A new workbook gets a fresh pane: no report of the previous one survives. */}
            <App key={load.current.id} pane={pane} theme={theme} />
          </aside>
        </main>
      )}
    </div>
  );
}
