/** Fake Excel.RangeFormat, RangeFill and DataValidation: the formatting writes (and the one fill read) the host uses. */
import { rangeToA1 } from '../../../src/core/grid/address';
import { FakeContext, FakeObject, FakeOfficeError } from './core';
import type { FakeRange } from './range';
import { cellAt, cellsOf, writable, type FakeCell } from './state';

export class FakeRangeFormat {
  readonly fill: FakeFill;
  readonly font: { bold: boolean };
  readonly borders: { getItem(edge: string): { style: string } };

  constructor(
    private readonly ctx: FakeContext,
    private readonly range: FakeRange,
  ) {
    this.fill = new FakeFill(ctx, range);
    const each = (apply: (cell: FakeCell) => void) =>
      ctx.enqueue(() => {
        const sheet = writable(range.sheet());
        for (const { row, col } of cellsOf(range.box())) apply(cellAt(sheet, row, col, true)!);
      });
    this.font = {
      set bold(bold: boolean) {
        each((cell) => (cell.bold = bold));
      },
      get bold(): boolean {
        throw new FakeOfficeError('PropertyNotLoaded', 'font.bold');
      },
    };
    this.borders = {
      getItem: () => ({
        set style(style: string) {
          each((cell) => (cell.border = style === 'Continuous'));
        },
        get style(): string {
          throw new FakeOfficeError('PropertyNotLoaded', 'borders.style');
        },
      }),
    };
    this.each = each;
  }

  private readonly each: (apply: (cell: FakeCell) => void) => void;

  set horizontalAlignment(align: string) {
    this.each((cell) => (cell.align = align));
  }
  set wrapText(wrap: boolean) {
    this.each((cell) => (cell.wrap = wrap));
  }
  set columnWidth(points: number) {
    this.ctx.requires(2, 'RangeFormat.columnWidth');
    this.ctx.enqueue(() => {
      const box = this.range.box();
      for (let col = box.left; col <= box.right; col++) writable(this.range.sheet()).columnWidths.set(col, points);
    });
  }
}

export class FakeFill extends FakeObject {
  constructor(
    ctx: FakeContext,
    private readonly range: FakeRange,
  ) {
    super(ctx);
  }

  /** Like Excel: "#FFFFFF" for no fill (ExcelApi 1.1 can't tell it from white), null when cells differ. */
  protected snapshot(property: string): unknown {
    if (property !== 'color') throw new FakeOfficeError('InvalidArgument', property);
    const sheet = this.range.sheet();
    const fills = new Set(cellsOf(this.range.box()).map(({ row, col }) => cellAt(sheet, row, col)?.fill ?? '#FFFFFF'));
    return fills.size === 1 ? [...fills][0] : null;
  }

  get color(): string {
    return this.read('color');
  }
  set color(color: string) {
    this.ctx.enqueue(() => {
      const sheet = writable(this.range.sheet());
      this.ctx.state.fillWrites++;
      for (const { row, col } of cellsOf(this.range.box())) cellAt(sheet, row, col, true)!.fill = color.toUpperCase();
    });
  }

  clear(): void {
    this.ctx.enqueue(() => {
      const sheet = writable(this.range.sheet());
      this.ctx.state.fillWrites++;
      for (const { row, col } of cellsOf(this.range.box())) {
        const cell = cellAt(sheet, row, col);
        if (cell) cell.fill = null;
      }
    });
  }
}

export class FakeDataValidation {
  constructor(
    private readonly ctx: FakeContext,
    private readonly range: FakeRange,
  ) {}

  set rule(rule: { list?: { inCellDropDown: boolean; source: string } }) {
    this.ctx.requires(8, 'DataValidation');
    this.ctx.enqueue(() => {
      const source = rule.list?.source ?? '';
      if (!source.startsWith('=') && source.length > 255)
        throw new FakeOfficeError('InvalidArgument', 'list source too long');
      writable(this.range.sheet()).validations.push({ address: rangeToA1(this.range.box()), source });
    });
  }
}
