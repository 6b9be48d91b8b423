/**
 * The playground's workbook: SheetGrids in memory behind the WorkbookHost interface, with marks
 * (fills by severity), a selection and an active sheet that the grid view renders. State is
 * replaced, never mutated, so React can subscribe to it (useSyncExternalStore).
 */
import { EXPLANATIONS_SHEET, explanationRows, type Explanation } from '../../core/explanations';
import { evaluateMissingValues } from '../../core/formula/missing';
import { parseA1, parseRangeA1, toA1 } from '../../core/grid/address';
import type { CellValue, SheetGrid } from '../../core/grid/types';
import type { CellChange, PaintResult, ReadOptions, WorkbookHost } from '../../core/host';
import type { CellRef, Fix, Report, Severity } from '../../core/report/types';
import type { SheetDraft } from '../../core/templates/draft';
import { gridOfDraft } from './draftGrid';
import { insertRows } from './insertRows';
import { uniqueSheetName } from '../../excel/sheet-names';

export type SheetMarks = Record<string, Severity>;

export interface MemoryState {
  name: string;
  sheets: readonly SheetGrid[];
  /** sheet → A1 → the most severe finding painted there. */
  marks: Readonly<Record<string, SheetMarks>>;
  selection?: CellRef;
  active: string;
}

export interface MemoryWorkbook extends WorkbookHost {
  getState(): MemoryState;
  /** Types a value into a cell, as a user would in Excel (numeric text becomes a number; "" empties it). */
  setCell(sheet: string, address: string, input: string): void;
  watchChanges(listener: (changes: CellChange[]) => void): Promise<() => Promise<void>>;
  subscribe(listener: () => void): () => void;
  activate(sheet: string): void;
  activeSheet(): string;
  applyFix(fix: Fix): Promise<void>;
}

const RANK: Record<Severity, number> = { info: 1, warning: 2, error: 3 };
/** A finding's range is painted cell by cell; a runaway range should not freeze the page. */
const MAX_CELLS_PER_FINDING = 10_000;

export function createMemoryWorkbook(name: string, grids: readonly SheetGrid[]): MemoryWorkbook {
  let state: MemoryState = { name, sheets: grids, marks: {}, active: grids[0]?.name ?? '' };
  const listeners = new Set<() => void>();
  const changeListeners = new Set<(changes: CellChange[]) => void>();
  const update = (next: Partial<MemoryState>) => {
    state = { ...state, ...next };
    listeners.forEach((listener) => listener());
  };
  const sheetNamed = (sheet: string) => {
    const grid = state.sheets.find((g) => g.name === sheet);
    if (!grid) throw new Error(`工作表“${sheet}”不存在`);
    return grid;
  };

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    activate(sheet) {
      sheetNamed(sheet);
      update({ active: sheet });
    },
    activeSheet: () => state.active,

    setCell(sheet, address, input) {
      const grid = sheetNamed(sheet);
      const edited = withCell(grid, parseA1(address), typedValue(input));
      update({ sheets: state.sheets.map((g) => (g === grid ? edited : g)) });
      changeListeners.forEach((listener) => listener([{ sheet, address }]));
    },

    async watchChanges(listener) {
      changeListeners.add(listener);
      return async () => {
        changeListeners.delete(listener);
      };
    },

    async readGrids(options: ReadOptions = {}) {
      const wanted = options.sheets ? new Set(options.sheets) : undefined;
      const grids = state.sheets.filter((g) => !wanted || wanted.has(g.name));
      for (let i = 0; i < grids.length; i++) {
        options.onProgress?.(i + 1, grids.length);
        // Yield like a real host's round trip, so the pane can render its progress line.
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
      return grids;
    },

    async paint(report: Report): Promise<PaintResult> {
      const marks: Record<string, SheetMarks> = {};
      const skipped = new Set<string>();
      let painted = 0;
      for (const finding of report.findings) {
        const grid = state.sheets.find((g) => g.name === finding.sheet);
        if (!grid) continue;
        if (grid.protected) {
          skipped.add(`${grid.name}：工作表受保护，未标记`);
          continue;
        }
        const sheetMarks = (marks[grid.name] ??= {});
        for (const cell of cellsOf(finding.range ?? finding.cell)) {
          const previous = sheetMarks[cell];
          if (!previous) painted++;
          if (!previous || RANK[finding.severity] > RANK[previous]) sheetMarks[cell] = finding.severity;
        }
      }
      // On a first marking, show a sheet whose cells are coloured (the first with findings) unless the user
      // is on one already; a re-check (边改边查) never moves the user away from the sheet being edited.
      const firstMarked = report.findings.find((f) => marks[f.sheet])?.sheet;
      const firstMarking = Object.keys(state.marks).length === 0;
      const active = firstMarking && !marks[state.active] && firstMarked ? firstMarked : state.active;
      update({ marks, active });
      return { painted, skipped: [...skipped] };
    },

    async clear() {
      update({ marks: {} });
    },

    async select(sheet: string, cell: string) {
      sheetNamed(sheet);
      update({ active: sheet, selection: { sheet, cell } });
    },

    async insert(drafts: SheetDraft[]) {
      const names: string[] = [];
      const sheets = [...state.sheets];
      for (const draft of drafts) {
        const sheetName = uniqueSheetName(
          draft.name,
          sheets.map((g) => g.name),
        );
        // Drafts carry formulas without results (nothing calculates them here); compute them so an
        // inserted template shows its totals at once, as Excel would.
        sheets.push(evaluateMissingValues(gridOfDraft(draft, sheetName)));
        names.push(sheetName);
      }
      update({ sheets, active: names[0] ?? state.active });
      return names;
    },

    async writeExplanations(explanations: readonly Explanation[]) {
      // Very hidden, as Excel keeps it: read and saved with the workbook, never shown as a tab.
      const sheet: SheetGrid = {
        name: EXPLANATIONS_SHEET,
        origin: { row: 0, col: 0 },
        values: explanationRows(explanations),
        merges: [],
        visibility: 'veryHidden',
      };
      const others = state.sheets.filter((g) => g.name !== EXPLANATIONS_SHEET);
      update({ sheets: [...others, sheet] });
    },

    async applyFix(fix: Fix) {
      const grid = sheetNamed(fix.sheet);
      const fixed = insertRows(grid, fix);
      update({
        sheets: state.sheets.map((g) => (g === grid ? fixed : g)),
        active: fix.sheet,
        selection: { sheet: fix.sheet, cell: toA1(fix.beforeRow, fix.startCol) },
      });
    },
  };
}

function cellsOf(address: string): string[] {
  let range;
  try {
    range = parseRangeA1(address);
  } catch {
    return [];
  }
  const cells: string[] = [];
  for (let row = range.top; row <= range.bottom; row++)
    for (let col = range.left; col <= range.right; col++) {
      if (cells.length >= MAX_CELLS_PER_FINDING) return cells;
      cells.push(toA1(row, col));
    }
  return cells;
}

/** Like typing into Excel: plain numeric text becomes a number, anything else stays text. */
function typedValue(input: string): CellValue {
  if (input === '') return null;
  return /^\s*-?\d+(\.\d+)?\s*$/.test(input) ? Number(input) : input;
}

/**
 * The grid with one cell replaced (its formula and displayed text dropped, as after typing over it). Only
 * the edited row is copied — the others are shared — so an edit of a huge sheet is cheap, and the grid view
 * and the validator worker see by identity which row changed.
 */
function withCell(grid: SheetGrid, at: { row: number; col: number }, value: CellValue): SheetGrid {
  const r = at.row - grid.origin.row;
  const c = at.col - grid.origin.col;
  if (r < 0 || c < 0) throw new Error('只能编辑已有数据区域内的单元格');
  const clone = <T>(rows: T[][] | undefined, fill: T): T[][] | undefined => {
    if (!rows) return undefined;
    const copy = rows.slice();
    while (copy.length <= r) copy.push([]);
    copy[r] = [...copy[r]];
    while (copy[r].length <= c) copy[r].push(fill);
    return copy;
  };
  const values = clone(grid.values, null as CellValue)!;
  values[r][c] = value;
  const text = clone(grid.text, '');
  if (text) text[r][c] = value === null ? '' : String(value);
  const formulas = clone(grid.formulas, '');
  if (formulas) formulas[r][c] = '';
  return { ...grid, values, text, formulas };
}
