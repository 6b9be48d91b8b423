/** The fake Excel's workbook state: sheets of sparse cells, merges, notes, settings — what a real file would hold. */
import { parseA1 } from '../../../src/core/grid/address';
import type { CellRange, SheetGrid } from '../../../src/core/grid/types';
import type { HostPlatform } from '../../../src/excel/env';
import { FakeOfficeError } from './core';

export type FakeValue = string | number | boolean;

export interface FakeCell {
  value: FakeValue;
  formula: string;
  numberFormat: string;
  text?: string;
  /** "#RRGGBB", or null for no fill. */
  fill: string | null;
  bold?: boolean;
  align?: string;
  wrap?: boolean;
  border?: boolean;
}

export interface FakeSheet {
  name: string;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden';
  protected: boolean;
  cells: Map<string, FakeCell>;
  merges: CellRange[];
  /** A1 → note text. */
  notes: Map<string, string>;
  columnWidths: Map<number, number>;
  hiddenColumns: Set<number>;
  validations: { address: string; source: string }[];
  freeze?: { rows: number; cols: number };
  print: { orientation?: string; fitToWidth?: boolean; titleRows?: string };
}

export interface FakeWorkbookOptions {
  /** Highest ExcelApi minor version the host supports: 20 = ExcelApi 1.20, 1 = ExcelApi 1.1. */
  apiMinor?: number;
  /** Cells one range load may return (Excel refuses more; the web's payload limit is lower). */
  maxCellsPerRange?: number;
  /** Cell values (cells × loaded properties) one sync may return (Excel on the web's ≈5 MB payload). */
  maxCellsPerSync?: number;
  /** Whether Office.context.document.settings exists (it does from Excel 2013 on). */
  documentSettings?: boolean;
  /** Where Excel runs: on the web every sync's response is capped at PAYLOAD_LIMIT_BYTES (core.ts) (default 'web'). */
  platform?: HostPlatform;
}

export class FakeWorkbook {
  sheets: FakeSheet[] = [];
  /** workbook.settings (ExcelApi 1.4). */
  settings = new Map<string, string>();
  /** Office.context.document.settings as saved in the file. */
  savedDocumentSettings = new Map<string, unknown>();
  activeSheet = '';
  selection = '';
  apiMinor: number;
  maxCellsPerRange: number;
  maxCellsPerSync: number;
  hasDocumentSettings: boolean;
  platform: HostPlatform;
  syncs = 0;
  /** The largest response one sync returned, in UTF-8 bytes of the loaded arrays' JSON. */
  largestSyncBytes = 0;
  runs: { mergeUndoGroup: boolean }[] = [];
  /** Every setCellProperties that ran: its sheet, range and array size in cells. */
  cellPropertyWrites: { sheet: string; address: string; cells: number }[] = [];
  /** Range-by-range fill writes that ran (fill.color set or fill.clear()). */
  fillWrites = 0;
  /** Every getRanges(…).format.fill.clear() that ran: its sheet, number of areas and address length. */
  areaClears: { sheet: string; areas: number; chars: number }[] = [];
  /** Worksheet.onChanged handlers registered (ExcelApi 1.7), by sheet name. */
  changeHandlers: { sheet: string; handler: (event: { worksheetId: string; address: string }) => Promise<void> }[] = [];

  constructor(options: FakeWorkbookOptions = {}) {
    this.apiMinor = options.apiMinor ?? 20;
    this.maxCellsPerRange = options.maxCellsPerRange ?? 5_000_000;
    this.maxCellsPerSync = options.maxCellsPerSync ?? Infinity;
    this.hasDocumentSettings = options.documentSettings ?? true;
    this.platform = options.platform ?? 'web';
  }

  addSheet(name: string, rows: (FakeValue | null)[][] = [], extra: Partial<FakeSheet> = {}): FakeSheet {
    const sheet: FakeSheet = {
      name,
      visibility: 'Visible',
      protected: false,
      cells: new Map(),
      merges: [],
      notes: new Map(),
      columnWidths: new Map(),
      hiddenColumns: new Set(),
      validations: [],
      print: {},
      ...extra,
    };
    rows.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value === null || value === '') return;
        const formula = typeof value === 'string' && value.startsWith('=') ? value : '';
        cellAt(sheet, r, c, true)!.value = formula ? 0 : value;
        cellAt(sheet, r, c)!.formula = formula;
      }),
    );
    this.sheets.push(sheet);
    if (!this.activeSheet) this.activeSheet = name;
    return sheet;
  }

  /** Loads a SheetGrid (e.g. a fixture read through src/xlsx/read.ts) as a sheet. */
  addGrid(grid: SheetGrid): FakeSheet {
    const visibility =
      grid.visibility === 'hidden' ? 'Hidden' : grid.visibility === 'veryHidden' ? 'VeryHidden' : 'Visible';
    const sheet = this.addSheet(grid.name, [], {
      visibility,
      protected: Boolean(grid.protected),
      merges: [...grid.merges],
    });
    grid.values.forEach((row, r) =>
      row.forEach((value, c) => {
        const formula = grid.formulas?.[r]?.[c] ?? '';
        const format = grid.numberFormat?.[r]?.[c] ?? 'General';
        if (value === null && !formula && format === 'General') return;
        const cell = cellAt(sheet, grid.origin.row + r, grid.origin.col + c, true)!;
        cell.value = value ?? '';
        cell.formula = formula;
        cell.numberFormat = format;
        cell.text = grid.text?.[r]?.[c];
      }),
    );
    return sheet;
  }

  /** A user typing into a cell: the value changes, then every onChanged handler of that sheet hears of it. */
  async edit(sheet: string, a1: string, value: FakeValue): Promise<void> {
    const { row, col } = parseA1(a1);
    const cell = cellAt(this.sheet(sheet)!, row, col, true)!;
    cell.value = value;
    cell.formula = '';
    cell.text = undefined;
    for (const entry of this.changeHandlers.filter((h) => h.sheet === sheet))
      await entry.handler({ worksheetId: sheetId(sheet), address: a1 });
  }

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  /** The fill of one cell, by A1 address: "#RRGGBB" or null. */
  fillOf(sheet: string, a1: string): string | null {
    const { row, col } = parseA1(a1);
    return cellAt(this.sheet(sheet)!, row, col)?.fill ?? null;
  }

  setFill(sheet: string, a1: string, fill: string | null): void {
    const { row, col } = parseA1(a1);
    cellAt(this.sheet(sheet)!, row, col, true)!.fill = fill;
  }
}

/** Worksheet.id: stable for the sheet's life, unlike its name. */
export function sheetId(name: string): string {
  return `{id:${name}}`;
}

export function cellKey(row: number, col: number): string {
  return `${row},${col}`;
}

export function cellAt(sheet: FakeSheet, row: number, col: number, create = false): FakeCell | undefined {
  const key = cellKey(row, col);
  let cell = sheet.cells.get(key);
  if (!cell && create) {
    cell = { value: '', formula: '', numberFormat: 'General', fill: null };
    sheet.cells.set(key, cell);
  }
  return cell;
}

/** Bounding box of every cell that holds anything (value, formula, format or fill) — or only values — like Excel's used range. */
export function usedBounds(sheet: FakeSheet, valuesOnly = false): CellRange | null {
  let box: CellRange | null = null;
  for (const [key, cell] of sheet.cells) {
    if (valuesOnly && cell.value === '' && !cell.formula) continue;
    const [row, col] = key.split(',').map(Number);
    box = box
      ? {
          top: Math.min(box.top, row),
          left: Math.min(box.left, col),
          bottom: Math.max(box.bottom, row),
          right: Math.max(box.right, col),
        }
      : { top: row, left: col, bottom: row, right: col };
  }
  return box;
}

export function writable(sheet: FakeSheet): FakeSheet {
  if (sheet.protected) throw new FakeOfficeError('InvalidOperation', `The sheet '${sheet.name}' is protected`);
  return sheet;
}

export function cellsOf(box: CellRange): { row: number; col: number }[] {
  const out: { row: number; col: number }[] = [];
  for (let row = box.top; row <= box.bottom; row++)
    for (let col = box.left; col <= box.right; col++) out.push({ row, col });
  return out;
}
