/** Fake Excel.Range: values, text, formats, formulas, bounds, cell properties, merged areas, merge, select and row insert. */
import { parseRangeA1, qualify, rangeToA1, columnIndex } from '../../../src/core/grid/address';
import type { CellRange } from '../../../src/core/grid/types';
import { FakeClientResult, FakeContext, FakeObject, FakeOfficeError } from './core';
import { FakeDataValidation, FakeRangeFormat } from './format';
import { cellAt, writable, type FakeCell, type FakeSheet, type FakeValue } from './state';

const MAX_ROW = 1_048_575;
const MAX_COL = 16_383;

/** "A1", "A1:C3", "5:7" (whole rows) or "B:B" (whole columns). */
export function parseAddress(address: string): CellRange {
  const rows = /^\$?(\d+):\$?(\d+)$/.exec(address);
  if (rows) return { top: Number(rows[1]) - 1, bottom: Number(rows[2]) - 1, left: 0, right: MAX_COL };
  const cols = /^\$?([A-Z]+):\$?([A-Z]+)$/.exec(address);
  if (cols) return { top: 0, bottom: MAX_ROW, left: columnIndex(cols[1]), right: columnIndex(cols[2]) };
  return parseRangeA1(address);
}

function intersects(a: CellRange, b: CellRange): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

/** Like typing into Excel: numeric text becomes a number unless the cell is formatted "@" or the text starts with an apostrophe (not stored). */
function typed(value: FakeValue, cell: FakeCell): FakeValue {
  if (typeof value !== 'string') return value;
  if (value.startsWith("'")) return value.slice(1);
  return cell.numberFormat !== '@' && /^\s*-?\d[\d,]*(\.\d+)?\s*$/.test(value)
    ? Number(value.replace(/,/g, ''))
    : value;
}

/** The colour one SettableCellProperties sets, or undefined for "leave the fill alone". */
function fillColour(props: Excel.SettableCellProperties): string | undefined {
  const { format, ...other } = props;
  const { fill, ...otherFormat } = format ?? {};
  const { color, ...otherFill } = fill ?? {};
  if ([other, otherFormat, otherFill].some((rest) => Object.keys(rest).length > 0) || color === '')
    throw new FakeOfficeError('InvalidArgument', `the fake models only format.fill.color: ${JSON.stringify(props)}`);
  return color;
}

export class FakeRange extends FakeObject {
  readonly format: FakeRangeFormat;
  readonly dataValidation: FakeDataValidation;

  constructor(
    ctx: FakeContext,
    readonly sheet: () => FakeSheet,
    /** Resolved at sync time; null makes this a null object (getUsedRangeOrNullObject on a blank sheet). */
    readonly bounds: () => CellRange | null,
  ) {
    super(ctx);
    this.format = new FakeRangeFormat(ctx, this);
    this.dataValidation = new FakeDataValidation(ctx, this);
  }

  box(): CellRange {
    const box = this.bounds();
    if (!box) throw new FakeOfficeError('InvalidOperation', 'null object');
    return box;
  }

  protected exists(): boolean {
    return this.bounds() !== null;
  }

  protected snapshot(property: string): unknown {
    const sheet = this.sheet();
    const box = this.box();
    const grid = <T>(pick: (cell: FakeCell | undefined) => T): T[][] => {
      this.ctx.countCells((box.bottom - box.top + 1) * (box.right - box.left + 1));
      const out: T[][] = [];
      for (let row = box.top; row <= box.bottom; row++) {
        const line: T[] = [];
        for (let col = box.left; col <= box.right; col++) line.push(pick(cellAt(sheet, row, col)));
        out.push(line);
      }
      this.ctx.countBytes(out);
      return out;
    };
    switch (property) {
      case 'rowIndex':
        return box.top;
      case 'columnIndex':
        return box.left;
      case 'rowCount':
        return box.bottom - box.top + 1;
      case 'columnCount':
        return box.right - box.left + 1;
      case 'address': {
        const address = qualify(sheet.name, rangeToA1(box));
        this.ctx.countBytes(address);
        return address;
      }
      case 'values':
        return grid((cell) => cell?.value ?? '');
      case 'text':
        return grid((cell) => cell?.text ?? String(cell?.value ?? ''));
      case 'numberFormat':
        return grid((cell) => cell?.numberFormat ?? 'General');
      case 'formulas':
        return grid((cell) => cell?.formula || (cell?.value ?? ''));
      default:
        throw new FakeOfficeError('InvalidArgument', `fake Range has no property ${property}`);
    }
  }

  get rowIndex(): number {
    return this.read('rowIndex');
  }
  get columnIndex(): number {
    return this.read('columnIndex');
  }
  get rowCount(): number {
    return this.read('rowCount');
  }
  get columnCount(): number {
    return this.read('columnCount');
  }
  get address(): string {
    return this.read('address');
  }
  get values(): FakeValue[][] {
    return this.read('values');
  }
  set values(rows: FakeValue[][]) {
    this.writeCells(rows, (cell, value) => {
      cell.value = typed(value, cell);
      cell.formula = '';
    });
  }
  get text(): string[][] {
    return this.read('text');
  }
  get numberFormat(): string[][] {
    return this.read('numberFormat');
  }
  set numberFormat(rows: string[][]) {
    this.writeCells(rows, (cell, format) => {
      cell.numberFormat = format;
    });
  }
  get formulas(): FakeValue[][] {
    return this.read('formulas');
  }
  set formulas(rows: FakeValue[][]) {
    this.writeCells(rows, (cell, value) => {
      const formula = typeof value === 'string' && value.startsWith('=');
      cell.formula = formula ? (value as string) : '';
      cell.value = formula ? 0 : typed(value, cell);
    });
  }
  set columnHidden(hidden: boolean) {
    this.ctx.requires(2, 'Range.columnHidden');
    this.ctx.enqueue(() => {
      const box = this.box();
      for (let col = box.left; col <= box.right; col++) if (hidden) writable(this.sheet()).hiddenColumns.add(col);
    });
  }

  private writeCells<T>(rows: T[][], apply: (cell: FakeCell, value: T) => void): void {
    this.ctx.enqueue(() => {
      const sheet = writable(this.sheet());
      const box = this.box();
      if (rows.length !== box.bottom - box.top + 1 || rows.some((r) => r.length !== box.right - box.left + 1))
        throw new FakeOfficeError(
          'InvalidArgument',
          'The number of rows or columns in the input array does not match the range',
        );
      rows.forEach((line, r) =>
        line.forEach((value, c) => apply(cellAt(sheet, box.top + r, box.left + c, true)!, value)),
      );
    });
  }

  getCellProperties(_options: Excel.CellPropertiesLoadOptions): FakeClientResult<Excel.CellProperties[][]> {
    this.ctx.requires(9, 'Range.getCellProperties');
    const result = new FakeClientResult<Excel.CellProperties[][]>();
    this.ctx.enqueue(() => {
      const sheet = this.sheet();
      const box = this.box();
      this.ctx.countCells((box.bottom - box.top + 1) * (box.right - box.left + 1));
      const rows: Excel.CellProperties[][] = [];
      for (let row = box.top; row <= box.bottom; row++) {
        const line: Excel.CellProperties[] = [];
        for (let col = box.left; col <= box.right; col++) {
          const fill = cellAt(sheet, row, col)?.fill ?? null;
          line.push({ format: { fill: { color: fill ?? '#FFFFFF', pattern: fill ? 'Solid' : 'None' } } });
        }
        rows.push(line);
      }
      this.ctx.countBytes(rows);
      result.set(rows);
    });
    return result;
  }

  /**
   * Unset properties leave a cell unchanged (so `{}` is a no-op), as the SettableCellProperties docs
   * say. Only format.fill.color is modelled; anything else fails loudly rather than guessing Excel.
   */
  setCellProperties(rows: Excel.SettableCellProperties[][]): void {
    this.ctx.requires(9, 'Range.setCellProperties');
    this.ctx.enqueue(() => {
      const sheet = writable(this.sheet());
      const box = this.box();
      if (rows.length !== box.bottom - box.top + 1 || rows.some((r) => r.length !== box.right - box.left + 1))
        throw new FakeOfficeError('InvalidArgument', 'The input array does not match the size of the range');
      const colours = rows.map((line) => line.map(fillColour));
      this.ctx.state.cellPropertyWrites.push({
        sheet: sheet.name,
        address: rangeToA1(box),
        cells: rows.length * rows[0].length,
      });
      colours.forEach((line, r) =>
        line.forEach((colour, c) => {
          // `{}` creates no cell: the used range stays as it was.
          if (colour !== undefined) cellAt(sheet, box.top + r, box.left + c, true)!.fill = colour.toUpperCase();
        }),
      );
    });
  }

  getMergedAreasOrNullObject(): FakeRangeAreas {
    this.ctx.requires(13, 'Range.getMergedAreasOrNullObject');
    return new FakeRangeAreas(this.ctx, this);
  }

  merge(_across?: boolean): void {
    this.ctx.requires(2, 'Range.merge');
    this.ctx.enqueue(() => writable(this.sheet()).merges.push(this.box()));
  }

  select(): void {
    this.ctx.enqueue(() => {
      const sheet = this.sheet();
      if (this.ctx.state.activeSheet !== sheet.name)
        throw new FakeOfficeError('InvalidOperation', 'select on an inactive sheet');
      this.ctx.state.selection = rangeToA1(this.box());
    });
  }

  /** Inserting whole rows shifts cells, merges and notes below them down. */
  insert(shift: 'Down'): void {
    this.ctx.enqueue(() => {
      const sheet = writable(this.sheet());
      const box = this.box();
      if (shift !== 'Down' || box.left !== 0)
        throw new FakeOfficeError('InvalidArgument', 'fake supports whole-row inserts only');
      const count = box.bottom - box.top + 1;
      const moved = new Map<string, FakeCell>();
      for (const [key, cell] of sheet.cells) {
        const [row, col] = key.split(',').map(Number);
        moved.set(`${row >= box.top ? row + count : row},${col}`, cell);
      }
      sheet.cells = moved;
      sheet.merges = sheet.merges.map((m) =>
        m.top >= box.top ? { ...m, top: m.top + count, bottom: m.bottom + count } : m,
      );
      const notes = new Map<string, string>();
      for (const [address, text] of sheet.notes) {
        const at = parseRangeA1(address);
        notes.set(
          at.top >= box.top ? rangeToA1({ ...at, top: at.top + count, bottom: at.top + count }) : address,
          text,
        );
      }
      sheet.notes = notes;
    });
  }
}

export class FakeRangeAreas extends FakeObject {
  constructor(
    ctx: FakeContext,
    private readonly range: FakeRange,
  ) {
    super(ctx);
  }

  private merges(): CellRange[] {
    const box = this.range.box();
    return this.range.sheet().merges.filter((m) => intersects(m, box));
  }

  protected exists(): boolean {
    return this.merges().length > 0;
  }

  protected snapshot(property: string): unknown {
    if (property !== 'address') throw new FakeOfficeError('InvalidArgument', property);
    const address = this.merges()
      .map((m) => qualify(this.range.sheet().name, rangeToA1(m)))
      .join(', ');
    this.ctx.countBytes(address);
    return address;
  }

  get address(): string {
    return this.read('address');
  }
}
