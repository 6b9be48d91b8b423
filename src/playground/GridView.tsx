/**
 * A read-only spreadsheet view of the memory workbook: sheet tabs, column letters, row numbers,
 * merged cells, fills by severity and the selection — what Excel would show after 校验.
 */
import { makeStyles, mergeClasses, Tab, TabList, tokens } from '@fluentui/react-components';
import { memo, useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { columnLetters, parseA1, toA1 } from '../core/grid/address';
import type { CellRange, CellValue, SheetGrid } from '../core/grid/types';
import { SEVERITY_FILLS } from '../excel/targets';
import { paneStrings } from '../strings/pane';
import type { MemoryWorkbook, SheetMarks } from './host/memoryHost';

/**
 * Beyond this the view is a preview: validation still reads every cell. Rendering is on the page's one
 * thread, so the preview stays small, and is drawn a few rows at a time (ROWS_PER_TASK per task, the first
 * screenful at once): one task drawing thousands of cells would leave input waiting for ≈ 0.3 s.
 */
const MAX_ROWS = 300;
const MAX_COLS = 60;
const ROWS_PER_TASK = 40;
/** Short labels and amounts stay on one line; long text wraps within the column. */
const SHORT_TEXT = 12;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', minHeight: 0, height: '100%' },
  // The strip is a scroll box around the tab list (which is as wide as its tabs); minWidth 0 lets it shrink.
  tabs: { overflowX: 'auto', flexShrink: 0, minWidth: 0, borderBottom: `1px solid ${tokens.colorNeutralStroke1}` },
  tabList: { width: 'max-content' },
  scroller: { overflow: 'auto', flexGrow: 1, minHeight: 0 },
  table: { borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200, tableLayout: 'auto' },
  head: {
    position: 'sticky',
    top: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground3,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    fontWeight: tokens.fontWeightRegular,
    padding: '0 4px',
  },
  rowHead: {
    position: 'sticky',
    left: 0,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground3,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    fontWeight: tokens.fontWeightRegular,
    padding: '0 4px',
    textAlign: 'right',
  },
  cell: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: '1px 4px',
    maxWidth: '24em',
    whiteSpace: 'pre-wrap',
    overflowWrap: 'anywhere',
    verticalAlign: 'middle',
    color: tokens.colorNeutralForeground1,
    cursor: 'cell',
  },
  number: { textAlign: 'right', whiteSpace: 'nowrap' },
  short: { whiteSpace: 'nowrap' },
  selected: { outline: `2px solid ${tokens.colorBrandStroke1}`, outlineOffset: '-2px' },
  note: { padding: tokens.spacingHorizontalS, color: tokens.colorNeutralForeground3 },
  editor: { width: '100%', minWidth: '6em', boxSizing: 'border-box', font: 'inherit' },
});

export function GridView({ workbook }: { workbook: MemoryWorkbook }) {
  const styles = useStyles();
  const state = useSyncExternalStore(workbook.subscribe, workbook.getState);
  // Very hidden sheets (budget-lint's 出错说明) have no tab in Excel either.
  const sheets = state.sheets.filter((g) => g.visibility !== 'veryHidden');
  const grid = sheets.find((g) => g.name === state.active) ?? sheets[0];
  const selected = state.selection?.sheet === grid?.name ? state.selection.cell : undefined;
  const scroller = useRef<HTMLDivElement>(null);
  const tabs = useRef<HTMLDivElement>(null);
  const sheetName = grid?.name ?? '';
  const onSelect = useCallback((cell: string) => void workbook.select(sheetName, cell), [workbook, sheetName]);
  const onEdit = useCallback(
    (cell: string, input: string) => workbook.setCell(sheetName, cell, input),
    [workbook, sheetName],
  );

  // Each sheet opens at its top-left, as in Excel, unless a selection elsewhere asks to scroll;
  // its tab scrolls into view (a new 校验报告 sheet lands at the far end of the strip).
  useEffect(() => {
    scroller.current?.scrollTo({ top: 0, left: 0 });
    // After the browser has laid the new tab out (a sheet just inserted has no box before that).
    const frame = requestAnimationFrame(() => {
      const strip = tabs.current;
      const tab = [...(strip?.querySelectorAll<HTMLElement>('[data-sheet]') ?? [])].find(
        (t) => t.dataset.sheet === grid?.name,
      );
      if (!strip || !tab) return;
      const left = tab.getBoundingClientRect().left - strip.getBoundingClientRect().left + strip.scrollLeft;
      if (left < strip.scrollLeft || left + tab.offsetWidth > strip.scrollLeft + strip.clientWidth)
        strip.scrollLeft = Math.max(0, left - (strip.clientWidth - tab.offsetWidth) / 2);
    });
    return () => cancelAnimationFrame(frame);
  }, [grid?.name]);

  return (
    <div className={styles.root}>
      <div className={styles.tabs} ref={tabs} data-testid="sheet-strip">
        <TabList
          className={styles.tabList}
          size="small"
          aria-label={paneStrings.playground.sheetTabs}
          selectedValue={grid?.name}
          onTabSelect={(_, data) => workbook.activate(String(data.value))}
        >
          {sheets.map((g) => (
            <Tab key={g.name} value={g.name} data-testid="sheet-tab" data-sheet={g.name}>
              {g.name}
            </Tab>
          ))}
        </TabList>
      </div>
      {/* Focusable so the sheet can be scrolled from the keyboard. */}
      <div
        className={styles.scroller}
        ref={scroller}
        tabIndex={0}
        role="region"
        aria-label={grid ? paneStrings.playground.gridLabel(grid.name) : paneStrings.playground.sheetTabs}
      >
        {grid && (
          <SheetTable
            grid={grid}
            marks={state.marks[grid.name]}
            selected={selected}
            onSelect={onSelect}
            onEdit={onEdit}
          />
        )}
      </div>
    </div>
  );
}

interface TableProps {
  grid: SheetGrid;
  marks?: SheetMarks;
  selected?: string;
  onSelect(cell: string): void;
  /** A double-click edits a cell in place (Enter keeps, Esc cancels), as in Excel. */
  onEdit(cell: string, input: string): void;
}

function SheetTable({ grid, marks, selected, onSelect, onEdit }: TableProps) {
  const styles = useStyles();
  const table = useRef<HTMLTableElement>(null);
  const [editing, setEditing] = useState<{ cell: string; draft: string }>();
  const { values, merges, origin } = grid;
  const rows = Math.min(values.length, MAX_ROWS);
  const width = useMemo(() => values.reduce((max, row) => Math.max(max, row.length), 0), [values]);
  const cols = Math.min(width, MAX_COLS);
  // Keyed on the parts, not the grid: an edit replaces the grid (and one row), and only that row is redrawn.
  const spans = useMemo(() => mergeSpans(merges, origin, rows, cols), [merges, origin, rows, cols]);
  const rowMarks = useMemo(() => marksByRow(marks, origin.row), [marks, origin]);
  const drawn = useRowsDrawn(grid.name, rows);
  const selectedRow = selected === undefined ? -1 : parseA1(selected).row - origin.row;
  const editingRow = editing === undefined ? -1 : parseA1(editing.cell).row - origin.row;

  // The selected cell may be drawn a few tasks after it was selected: scroll to it once it is there.
  const selectedDrawn = selectedRow >= 0 && selectedRow < drawn;
  useEffect(() => {
    if (!selected || !selectedDrawn) return;
    const td = table.current?.querySelector(`td[data-cell="${selected}"]`);
    td?.scrollIntoView({ block: 'center', inline: 'nearest' });
  }, [selected, selectedDrawn]);

  if (rows === 0) return <div className={styles.note}>{paneStrings.playground.emptySheet}</div>;

  return (
    <>
      <table
        ref={table}
        className={styles.table}
        role="grid"
        aria-readonly
        aria-label={paneStrings.playground.gridLabel(grid.name)}
        data-testid="grid"
      >
        <thead>
          <tr>
            <th className={styles.head} />
            {Array.from({ length: cols }, (_, c) => (
              <th key={c} className={styles.head} scope="col">
                {columnLetters(grid.origin.col + c)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {Array.from({ length: drawn }, (_, r) => (
            <SheetRow
              key={r}
              origin={origin}
              values={values[r]}
              text={grid.text?.[r]}
              formulas={grid.formulas?.[r]}
              r={r}
              cols={cols}
              spans={spans}
              marks={rowMarks.get(r)}
              selected={r === selectedRow ? selected : undefined}
              editing={r === editingRow ? editing : undefined}
              setEditing={setEditing}
              onSelect={onSelect}
              onEdit={onEdit}
            />
          ))}
        </tbody>
      </table>
      {(values.length > rows || width > cols) && (
        <div className={styles.note}>{paneStrings.playground.truncated(rows, cols)}</div>
      )}
    </>
  );
}

/** Rows drawn so far: the first ROWS_PER_TASK at once, then as many more in each following task (per sheet: an edit keeps them). */
function useRowsDrawn(sheet: string, rows: number): number {
  const [drawn, setDrawn] = useState({ sheet, rows: ROWS_PER_TASK });
  const current = drawn.sheet === sheet ? drawn.rows : ROWS_PER_TASK;
  useEffect(() => {
    if (current >= rows) return;
    const timer = setTimeout(() => setDrawn({ sheet, rows: current + ROWS_PER_TASK }), 0);
    return () => clearTimeout(timer);
  }, [sheet, rows, current]);
  return Math.min(current, rows);
}

interface RowProps {
  origin: SheetGrid['origin'];
  /** This row's arrays: an edit replaces only the edited row's, so only that row is drawn again. */
  values?: CellValue[];
  text?: string[];
  formulas?: string[];
  r: number;
  cols: number;
  spans: Map<string, { rows: number; cols: number } | 'covered'>;
  /** This row's marks (A1 → severity), undefined when none: unchanged rows are not drawn again. */
  marks?: SheetMarks;
  selected?: string;
  editing?: { cell: string; draft: string };
  setEditing(editing: { cell: string; draft: string } | undefined): void;
  onSelect(cell: string): void;
  onEdit(cell: string, input: string): void;
}

const SheetRow = memo(function SheetRow({
  origin,
  values,
  text: texts,
  formulas,
  r,
  cols,
  spans,
  marks,
  selected,
  editing,
  setEditing,
  onSelect,
  onEdit,
}: RowProps) {
  const styles = useStyles();
  return (
    <tr>
      <th className={styles.rowHead} scope="row">
        {origin.row + r + 1}
      </th>
      {Array.from({ length: cols }, (_, c) => {
        const span = spans.get(key(r, c));
        if (span === 'covered') return null;
        const address = toA1(origin.row + r, origin.col + c);
        const value = values?.[c] ?? null;
        const text = texts?.[c] || (value === null ? '' : String(value));
        const mark = marks?.[address];
        const className = mergeClasses(
          styles.cell,
          typeof value === 'number' ? styles.number : text.length <= SHORT_TEXT && styles.short,
          address === selected && styles.selected,
        );
        return (
          <td
            key={c}
            role="gridcell"
            className={className}
            rowSpan={span?.rows}
            colSpan={span?.cols}
            data-cell={address}
            data-mark={mark}
            aria-selected={address === selected}
            title={formulas?.[c] || undefined}
            // Painted cells keep dark text on their light tint, as in Excel, whatever the theme.
            style={mark ? { backgroundColor: SEVERITY_FILLS[mark], color: '#000' } : undefined}
            onClick={() => onSelect(address)}
            onDoubleClick={() => setEditing({ cell: address, draft: value === null ? '' : String(value) })}
          >
            {editing?.cell === address ? (
              <input
                className={styles.editor}
                value={editing.draft}
                aria-label={paneStrings.playground.editCell(address)}
                data-testid="cell-editor"
                autoFocus
                onChange={(event) => setEditing({ cell: address, draft: event.target.value })}
                onKeyDown={(event) => {
                  if (event.key === 'Escape') setEditing(undefined);
                  if (event.key !== 'Enter') return;
                  onEdit(address, editing.draft);
                  setEditing(undefined);
                }}
                onBlur={() => setEditing(undefined)}
              />
            ) : (
              text
            )}
          </td>
        );
      })}
    </tr>
  );
});

/** The marks of each row (0-based within the grid), so a paint redraws only the rows it touches. */
function marksByRow(marks: SheetMarks | undefined, top: number): Map<number, SheetMarks> {
  const rows = new Map<number, SheetMarks>();
  for (const [address, severity] of Object.entries(marks ?? {})) {
    const r = parseA1(address).row - top;
    let row = rows.get(r);
    if (!row) rows.set(r, (row = {}));
    row[address] = severity;
  }
  return rows;
}

const key = (r: number, c: number) => `${r},${c}`;

/**
 * Top-left cell of each merge → its span; other cells of the merge are covered and not rendered.
 * Merges are clipped to the rows × cols shown: a whole-sheet merge (A1:XFD1048576) costs the view nothing.
 */
function mergeSpans(
  merges: readonly CellRange[],
  origin: SheetGrid['origin'],
  rows: number,
  cols: number,
): Map<string, { rows: number; cols: number } | 'covered'> {
  const spans = new Map<string, { rows: number; cols: number } | 'covered'>();
  for (const m of merges) {
    const top = m.top - origin.row;
    const left = m.left - origin.col;
    if (top < 0 || left < 0 || top >= rows || left >= cols) continue;
    const bottom = Math.min(m.bottom - origin.row, rows - 1);
    const right = Math.min(m.right - origin.col, cols - 1);
    for (let r = top; r <= bottom; r++) for (let c = left; c <= right; c++) spans.set(key(r, c), 'covered');
    spans.set(key(top, left), { rows: bottom - top + 1, cols: right - left + 1 });
  }
  return spans;
}
