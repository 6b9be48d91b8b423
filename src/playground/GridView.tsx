/**
 * A read-only spreadsheet view of the memory workbook: sheet tabs, column letters, row numbers,
 * merged cells, fills by severity and the selection — what Excel would show after 校验.
 */
import { makeStyles, mergeClasses, Tab, TabList, tokens } from '@fluentui/react-components';
import { useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { columnLetters, toA1 } from '../core/grid/address';
import type { SheetGrid } from '../core/grid/types';
import { SEVERITY_FILLS } from '../excel/targets';
import { paneStrings } from '../strings/pane';
import type { MemoryWorkbook, SheetMarks } from './host/memoryHost';

/**
 * Beyond this the view is a preview: validation still reads every cell. Rendering is on the page's one
 * thread, so the preview stays small enough to draw in a moment even for a 10M-cell sheet.
 */
const MAX_ROWS = 300;
const MAX_COLS = 60;
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

  useEffect(() => {
    if (!selected) return;
    const td = scroller.current?.querySelector(`td[data-cell="${selected}"]`);
    td?.scrollIntoView({ block: 'center', inline: 'nearest' });
  }, [selected, grid]);

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
            marks={state.marks[grid.name] ?? {}}
            selected={selected}
            onSelect={(cell) => void workbook.select(grid.name, cell)}
            onEdit={(cell, input) => workbook.setCell(grid.name, cell, input)}
          />
        )}
      </div>
    </div>
  );
}

interface TableProps {
  grid: SheetGrid;
  marks: SheetMarks;
  selected?: string;
  onSelect(cell: string): void;
  /** A double-click edits a cell in place (Enter keeps, Esc cancels), as in Excel. */
  onEdit(cell: string, input: string): void;
}

function SheetTable({ grid, marks, selected, onSelect, onEdit }: TableProps) {
  const styles = useStyles();
  const [editing, setEditing] = useState<{ cell: string; draft: string }>();
  const rows = Math.min(grid.values.length, MAX_ROWS);
  const width = grid.values.reduce((max, row) => Math.max(max, row.length), 0);
  const cols = Math.min(width, MAX_COLS);
  const spans = useMemo(() => mergeSpans(grid, rows, cols), [grid, rows, cols]);
  if (rows === 0) return <div className={styles.note}>{paneStrings.playground.emptySheet}</div>;

  return (
    <>
      <table
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
          {Array.from({ length: rows }, (_, r) => (
            <tr key={r}>
              <th className={styles.rowHead} scope="row">
                {grid.origin.row + r + 1}
              </th>
              {Array.from({ length: cols }, (_, c) => {
                const span = spans.get(key(r, c));
                if (span === 'covered') return null;
                const address = toA1(grid.origin.row + r, grid.origin.col + c);
                const value = grid.values[r]?.[c] ?? null;
                const text = grid.text?.[r]?.[c] || (value === null ? '' : String(value));
                const mark = marks[address];
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
                    title={grid.formulas?.[r]?.[c] || undefined}
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
          ))}
        </tbody>
      </table>
      {(grid.values.length > rows || width > cols) && (
        <div className={styles.note}>{paneStrings.playground.truncated(rows, cols)}</div>
      )}
    </>
  );
}

const key = (r: number, c: number) => `${r},${c}`;

/**
 * Top-left cell of each merge → its span; other cells of the merge are covered and not rendered.
 * Merges are clipped to the rows × cols shown: a whole-sheet merge (A1:XFD1048576) costs the view nothing.
 */
function mergeSpans(
  grid: SheetGrid,
  rows: number,
  cols: number,
): Map<string, { rows: number; cols: number } | 'covered'> {
  const spans = new Map<string, { rows: number; cols: number } | 'covered'>();
  for (const m of grid.merges) {
    const top = m.top - grid.origin.row;
    const left = m.left - grid.origin.col;
    if (top < 0 || left < 0 || top >= rows || left >= cols) continue;
    const bottom = Math.min(m.bottom - grid.origin.row, rows - 1);
    const right = Math.min(m.right - grid.origin.col, cols - 1);
    for (let r = top; r <= bottom; r++) for (let c = left; c <= right; c++) spans.set(key(r, c), 'covered');
    spans.set(key(top, left), { rows: bottom - top + 1, cols: right - left + 1 });
  }
  return spans;
}
