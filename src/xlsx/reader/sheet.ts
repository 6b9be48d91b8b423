/**
 * One worksheet part streamed into a SheetGrid, the way the exceljs adapter presented it (Office.js's view):
 * cached values, formula text (shared formulas slid per cell), number formats and display text, merged
 * areas' values only in their top-left cell, hidden state, protection. Bounded while streaming: past the cell
 * cap no further row is kept; merges are ranges and are never expanded into cells.
 */
import type { CellRange, CellValue, SheetGrid, SheetVisibility } from '../../core/grid/types';
import { readerStrings } from '../../strings/reader';
import { displayText } from './display';
import { slideFormula } from './formula';
import type { ReadLimits } from './limits';
import { readPart, type PartEnd } from './part';
import type { CellFormats } from './styles';
import { unescapeOoxml, type SharedStrings } from './strings';
import type { Attrs, XmlHandler } from './xml';
import type { InflateBudget, Zip } from './zip';

const MAX_ROWS = 1_048_576;
const MAX_COLS = 16_384;

export interface SheetContext {
  zip: Zip;
  budget: InflateBudget;
  limits: ReadLimits;
  formats: CellFormats;
  strings: SharedStrings;
  date1904: boolean;
}

/** A row as read: only the cells the file has, dense from column 0. */
interface RowStore {
  values: CellValue[];
  formats: string[];
  formulas: string[];
  /** Highest column (0-based) of any <c> in the row, with or without a value. */
  last: number;
  hasValue: boolean;
}

type Capture = 'none' | 'v' | 'f' | 't';

export function readSheet(
  ctx: SheetContext,
  name: string,
  part: string | undefined,
  visibility: SheetVisibility,
): SheetGrid {
  const S = readerStrings.sheet;
  const { limits, formats, strings } = ctx;
  const warnings: string[] = [];
  const rows: (RowStore | undefined)[] = [];
  const merges: CellRange[] = [];
  const sharedMasters = new Map<string, { formula: string; row: number; col: number }>();
  let isProtected = false;
  let lastRowElement = 0; // 1-based; exceljs counts empty <row> elements into the used rows
  let maxCol = 0; // 1-based, of cells with a value or a style
  let truncatedAt = 0; // 1-based row at which the cell cap stopped reading, 0 = not stopped
  let missingStrings = false;
  let damaged = false;

  // The cell being read.
  let row = 0; // 1-based
  let col = 0; // 1-based
  let type = '';
  let style = 0;
  let skipCell = false;
  let valueText = '';
  let formulaText = '';
  /** The <f> element's t, si and ref (undefined when the cell has none). */
  let formulaKind: string | undefined;
  let sharedId: string | undefined;
  let sharedRef: string | undefined;
  let hasV = false;
  let inInline = false;
  let phonetic = 0;
  let capture: Capture = 'none';

  /** Once the cell cap is reached the rest of sheetData is skipped; protection and merges still count. */
  let skipTo: readonly string[] | undefined;
  const handler: XmlHandler = {
    get skipTo() {
      return skipTo;
    },
    get capturing() {
      return capture !== 'none';
    },
    open(tag, attrs, selfClosing) {
      switch (tag) {
        case 'row': {
          const ref = attrs.get('r');
          const r = ref === undefined ? row + 1 : Number(ref);
          if (!(r >= 1 && r <= MAX_ROWS && Number.isInteger(r))) {
            damaged = true;
            row = MAX_ROWS + 1; // cells of a row we cannot place are dropped
            return;
          }
          row = r;
          col = 0;
          if (!truncatedAt && r * Math.max(maxCol, 1) > limits.maxCellsPerSheet) truncate(r);
          if (!truncatedAt) lastRowElement = Math.max(lastRowElement, r);
          return;
        }
        case 'c':
          startCell(attrs);
          return;
        case 'v':
          if (!skipCell && !selfClosing) capture = 'v';
          hasV = true;
          return;
        case 'f':
          formulaKind = attrs.get('t');
          sharedId = attrs.get('si');
          sharedRef = attrs.get('ref');
          if (!skipCell && !selfClosing) capture = 'f';
          return;
        case 'is':
          inInline = true;
          hasV = true;
          return;
        case 'rPh':
          phonetic++;
          return;
        case 't':
          if (inInline && phonetic === 0 && !skipCell && !selfClosing) capture = 't';
          return;
        case 'mergeCell': {
          const ref = attrs.get('ref');
          if (ref) addMerge(ref);
          return;
        }
        case 'sheetProtection': {
          skipTo = undefined;
          const sheet = attrs.get('sheet');
          isProtected = sheet === '1' || sheet === 'true';
          return;
        }
        case 'mergeCells':
          skipTo = undefined;
          return;
      }
    },
    close(tag) {
      switch (tag) {
        case 'v':
        case 'f':
        case 't':
          capture = 'none';
          return;
        case 'is':
          inInline = false;
          return;
        case 'rPh':
          phonetic--;
          return;
        case 'c':
          if (!skipCell) endCell();
          return;
      }
    },
    text(value) {
      if (capture === 'f') formulaText += value;
      else valueText += value;
    },
  };

  function startCell(attrs: Attrs) {
    type = attrs.get('t') ?? 'n';
    const s = attrs.get('s');
    style = s === undefined ? 0 : Number(s);
    valueText = '';
    formulaText = '';
    formulaKind = undefined;
    hasV = false;
    capture = 'none';
    phonetic = 0;
    inInline = false;
    if (truncatedAt || row > MAX_ROWS || row === 0) {
      skipCell = true;
      if (row === 0) damaged = true;
      return;
    }
    const ref = attrs.get('r');
    const c = ref === undefined ? col + 1 : columnOf(ref, row);
    if (!(c >= 1 && c <= MAX_COLS)) {
      damaged = true;
      skipCell = true;
      return;
    }
    col = c;
    const widest = Math.max(maxCol, c);
    if (row * widest > limits.maxCellsPerSheet) {
      truncate(row);
      skipCell = true;
      return;
    }
    skipCell = false;
  }

  function endCell() {
    const formulaBody = formulaText;
    // exceljs's rule: a formula is a non-empty <f>, or any <f> with a t attribute (shared, array…).
    const isFormula = formulaBody !== '' || formulaKind !== undefined;
    const raw = valueText;
    let value: CellValue = null;
    let formula = '';
    if (isFormula) {
      formula = formulaOf(formulaBody);
      if (raw !== '' || (hasV && type === 'str')) value = typedValue(raw);
    } else if (raw !== '') {
      value = typedValue(raw);
    }
    const store = rowStore(row - 1);
    const c = col - 1;
    if (c > store.last) store.last = c;
    if (value === null && !isFormula) {
      // An empty cell: only its position counts (and only if styled, as exceljs creates it then).
      if (style) maxCol = Math.max(maxCol, col);
      return;
    }
    maxCol = Math.max(maxCol, col);
    store.hasValue = true;
    store.values[c] = value;
    store.formats[c] = formats.formatOf(style);
    store.formulas[c] = formula;
  }

  function formulaOf(body: string): string {
    const si = sharedId;
    if (formulaKind === 'shared' && si !== undefined) {
      if (sharedRef !== undefined && body) {
        sharedMasters.set(si, { formula: body, row, col });
        return `=${body}`;
      }
      const master = sharedMasters.get(si);
      return master ? `=${slideFormula(master.formula, master.row, master.col, row, col)}` : body ? `=${body}` : '';
    }
    return body ? `=${body}` : '';
  }

  function typedValue(raw: string): CellValue {
    switch (type) {
      case 's': {
        const index = Number(raw);
        const text = Number.isInteger(index) ? strings.strings[index] : undefined;
        if (text === undefined) missingStrings = true;
        return text ?? null;
      }
      case 'str':
        return raw;
      case 'inlineStr':
        return unescapeOoxml(raw);
      case 'b':
        return raw === '1' || raw === 'true';
      case 'e':
        return raw;
      case 'd':
        return dateSerial(raw, ctx.date1904) ?? raw;
      default: {
        const number = Number(raw);
        return raw.trim() !== '' && Number.isFinite(number) ? number : raw;
      }
    }
  }

  function rowStore(index: number): RowStore {
    let store = rows[index];
    if (!store) rows[index] = store = { values: [], formats: [], formulas: [], last: -1, hasValue: false };
    return store;
  }

  function truncate(atRow: number) {
    truncatedAt = atRow;
    skipTo = ['sheetProtection', 'mergeCells'];
    rows.length = Math.min(rows.length, atRow - 1);
    // Empty <row> elements before the cut need not widen a grid that is already cut.
    lastRowElement = Math.min(lastRowElement, rows.length);
  }

  function addMerge(ref: string) {
    const range = parseRange(ref);
    if (range) merges.push(range);
    else damaged = true;
  }

  const end = part ? readPart(ctx.zip, part, ctx.budget, handler) : 'missing';
  noteEnd(end, warnings, limits);
  if (truncatedAt) warnings.push(S.truncatedCells(truncatedAt - 1, limits.maxCellsPerSheet));
  if (damaged && end === 'complete') warnings.push(S.damaged);
  if (missingStrings) warnings.push(S.missingStrings);

  const grid = materialize(rows, merges, lastRowElement, limits, warnings);
  return {
    name,
    origin: { row: 0, col: 0 },
    ...grid,
    visibility,
    protected: isProtected,
    readWarnings: warnings.length ? warnings : undefined,
  };
}

function noteEnd(end: PartEnd, warnings: string[], limits: ReadLimits) {
  const S = readerStrings.sheet;
  if (end === 'capped') warnings.push(S.partTooLarge(limits.maxEntryBytes));
  else if (end === 'bomb') warnings.push(S.bomb);
  else if (end === 'malformed') warnings.push(S.malformed);
  else if (end === 'damaged') warnings.push(S.damaged);
  else if (end === 'missing') warnings.push(S.missingPart);
}

/**
 * The grid's extent is exceljs's (rows up to the last <row> or merge, columns up to the last cell of a row with
 * values or a merge's right edge) while that fits the cap; otherwise merges no longer widen it, and rows past
 * the cap are cut. Merges stay ranges, clipped to the grid.
 */
function materialize(
  rows: (RowStore | undefined)[],
  merges: CellRange[],
  lastRowElement: number,
  limits: ReadLimits,
  warnings: string[],
): Pick<SheetGrid, 'values' | 'text' | 'numberFormat' | 'formulas' | 'merges'> {
  let dataCols = 0;
  let anyValue = false;
  for (const store of rows) {
    if (!store?.hasValue) continue;
    anyValue = true;
    dataCols = Math.max(dataCols, store.last + 1);
  }
  const spanning = merges.filter((m) => m.bottom > m.top || m.right > m.left);
  let rowCount = lastRowElement;
  let colCount = dataCols;
  if (anyValue || spanning.length) {
    let mergeRows = 0;
    let mergeCols = 0;
    for (const m of spanning) {
      mergeRows = Math.max(mergeRows, m.bottom + 1);
      mergeCols = Math.max(mergeCols, m.right + 1);
    }
    const rowsWithMerges = Math.max(rowCount, mergeRows);
    const colsWithMerges = Math.max(colCount, mergeCols);
    if (rowsWithMerges * colsWithMerges <= limits.maxCellsPerSheet) {
      rowCount = rowsWithMerges;
      colCount = colsWithMerges;
    }
  } else {
    rowCount = 0;
    colCount = 0;
  }
  if (colCount === 0) rowCount = 0;
  if (rowCount * colCount > limits.maxCellsPerSheet) {
    const kept = Math.floor(limits.maxCellsPerSheet / colCount);
    warnings.push(readerStrings.sheet.truncatedRows(rowCount, colCount, kept));
    rowCount = kept;
  }

  clearMergedCells(rows, spanning, rowCount, colCount, warnings);

  const values: CellValue[][] = [];
  const text: string[][] = [];
  const numberFormat: string[][] = [];
  const formulas: string[][] = [];
  for (let r = 0; r < rowCount; r++) {
    const store = rows[r];
    rows[r] = undefined; // its arrays become the grid's rows: no second copy of a big sheet
    if (!store) {
      values.push(new Array<CellValue>(colCount).fill(null));
      text.push(new Array<string>(colCount).fill(''));
      numberFormat.push(new Array<string>(colCount).fill('General'));
      formulas.push(new Array<string>(colCount).fill(''));
      continue;
    }
    const { values: rv, formats: rf, formulas: rfx } = store;
    const rt = new Array<string>(colCount);
    for (let c = 0; c < colCount; c++) {
      const format = rf[c];
      if (format === undefined) {
        rv[c] = null;
        rt[c] = '';
        rf[c] = 'General';
        rfx[c] = '';
      } else rt[c] = displayText(rv[c], format);
    }
    rv.length = rf.length = rfx.length = colCount;
    values.push(rv);
    text.push(rt);
    numberFormat.push(rf);
    formulas.push(rfx);
  }
  const inside = merges
    .filter((m) => m.top < rowCount && m.left < colCount)
    .map((m) => ({ ...m, bottom: Math.min(m.bottom, rowCount - 1), right: Math.min(m.right, colCount - 1) }));
  return { values, text, numberFormat, formulas, merges: inside };
}

/**
 * Office.js shows a merged area's value in its top-left cell only; overlapping merges (Excel calls the file
 * damaged) are noted. Work and memory are bounded by the grid: each merge is visited only where it lies in it.
 */
function clearMergedCells(
  rows: (RowStore | undefined)[],
  merges: CellRange[],
  rowCount: number,
  colCount: number,
  warnings: string[],
) {
  if (merges.length === 0 || rowCount * colCount === 0) return;
  const owner = new Int32Array(rowCount * colCount);
  let overlap = false;
  for (let k = 0; k < merges.length && !overlap; k++) {
    const m = merges[k];
    const bottom = Math.min(m.bottom, rowCount - 1);
    const right = Math.min(m.right, colCount - 1);
    for (let r = m.top; r <= bottom && !overlap; r++) {
      const store = rows[r];
      for (let c = m.left; c <= right; c++) {
        const index = r * colCount + c;
        if (owner[index] !== 0) {
          overlap = true;
          break;
        }
        owner[index] = k + 1;
        // A cell that is not stored keeps its default; a deleted format leaves a hole materialize skips.
        if (store && (r !== m.top || c !== m.left)) delete store.formats[c];
      }
    }
  }
  if (overlap) warnings.push(readerStrings.sheet.overlappingMerges);
}

/** 1-based column of an A1 reference; NaN when it is not one (or names another row). */
function columnOf(ref: string, row: number): number {
  let c = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const code = ref.charCodeAt(i) | 0x20;
    if (code < 0x61 || code > 0x7a) break;
    c = c * 26 + (code - 0x60);
  }
  if (i === 0 || i > 3) return NaN;
  let r = 0;
  for (; i < ref.length; i++) {
    const digit = ref.charCodeAt(i) - 0x30;
    if (digit < 0 || digit > 9) return NaN;
    r = r * 10 + digit;
  }
  return r === row ? c : NaN;
}

function parseRange(ref: string): CellRange | undefined {
  const [a, b = a] = ref.split(':');
  const start = parseCell(a);
  const end = parseCell(b);
  if (!start || !end) return undefined;
  return {
    top: Math.min(start[0], end[0]),
    left: Math.min(start[1], end[1]),
    bottom: Math.max(start[0], end[0]),
    right: Math.max(start[1], end[1]),
  };
}

function parseCell(ref: string): [number, number] | undefined {
  const match = /^\$?([A-Za-z]{1,3})\$?([0-9]{1,7})$/.exec(ref.trim());
  if (!match) return undefined;
  let col = 0;
  for (const ch of match[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  const row = Number(match[2]);
  if (row < 1 || row > MAX_ROWS || col > MAX_COLS) return undefined;
  return [row - 1, col - 1];
}

/** An ISO 8601 date (t="d") as Excel's serial day number. */
function dateSerial(iso: string, date1904: boolean): number | undefined {
  const time = Date.parse(/[zZ]|[+-]\d\d:\d\d$/.test(iso) ? iso : `${iso}Z`);
  if (Number.isNaN(time)) return undefined;
  return time / 86_400_000 + (date1904 ? 24107 : 25569);
}
