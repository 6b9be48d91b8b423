/**
 * One worksheet part streamed into a SheetGrid, the way the exceljs adapter presented it (Office.js's view):
 * cached values, formula text (shared formulas slid per cell), number formats and display text, merged
 * areas' values only in their top-left cell, hidden state, protection. Bounded while streaming: past the cell
 * cap no further row is kept; merges are ranges and are never expanded into cells.
 */
import type { CellRange, CellValue, SheetGrid, SheetVisibility } from '../../core/grid/types';
import { materialize, type RowStore } from './grid';
import { MAX_COLS, MAX_ROWS, columnOf, dateSerial, parseRange } from './refs';
import { readerStrings } from '../../strings/reader';
import { slideFormula } from './formula';
import type { ReadLimits } from './limits';
import { readPart, type PartEnd } from './part';
import type { CellFormats } from './styles';
import { unescapeOoxml, type SharedStrings } from './strings';
import type { Attrs, XmlHandler } from './xml';
import type { InflateBudget, Zip } from './zip';

export interface SheetContext {
  zip: Zip;
  budget: InflateBudget;
  limits: ReadLimits;
  formats: CellFormats;
  strings: SharedStrings;
  date1904: boolean;
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
