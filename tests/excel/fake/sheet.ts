/** Fake Excel.Worksheet, its collection, protection, notes, freeze panes and page layout. */
import { rangeToA1 } from '../../../src/core/grid/address';
import type { CellRange } from '../../../src/core/grid/types';
import { FakeAddressAreas } from './areas';
import { FakeContext, FakeObject, FakeOfficeError } from './core';
import { FakeRange, parseAddress } from './range';
import { sheetId, usedBounds, writable, type FakeSheet } from './state';

export class FakeWorksheet extends FakeObject {
  readonly protection: FakeProtection;
  readonly notes: FakeNoteCollection;
  readonly freezePanes: { freezeRows(count: number): void; freezeAt(range: FakeRange): void };
  readonly pageLayout: FakePageLayout;

  constructor(
    ctx: FakeContext,
    /** Looked up at sync time, like a real proxy: a missing sheet fails the batch with ItemNotFound. */
    private readonly key: string,
  ) {
    super(ctx);
    this.protection = new FakeProtection(ctx, () => this.state());
    this.notes = new FakeNoteCollection(ctx, () => this.state());
    this.pageLayout = new FakePageLayout(ctx, () => this.state());
    const freeze = (rows: number, cols: number) => {
      ctx.requires(7, 'FreezePanes');
      ctx.enqueue(() => (this.state().freeze = { rows, cols }));
    };
    this.freezePanes = {
      freezeRows: (count) => freeze(count, 0),
      freezeAt: (range) =>
        ctx.enqueue(() => {
          const box = range.box();
          this.state().freeze = { rows: box.bottom + 1, cols: box.right + 1 };
        }),
    };
  }

  state(): FakeSheet {
    const sheet = this.ctx.state.sheet(this.key);
    if (!sheet) throw new FakeOfficeError('ItemNotFound', `sheet ${this.key}`);
    return sheet;
  }

  protected snapshot(property: string): unknown {
    const sheet = this.state();
    if (property === 'name') return sheet.name;
    if (property === 'visibility') return sheet.visibility;
    if (property === 'id') return sheetId(sheet.name);
    throw new FakeOfficeError('InvalidArgument', property);
  }

  get name(): string {
    return this.read('name');
  }
  get id(): string {
    return this.read('id');
  }

  /** Worksheet.onChanged (ExcelApi 1.7): handlers registered when the batch runs, removed the same way. */
  get onChanged() {
    const ctx = this.ctx;
    const sheet = () => this.state().name;
    return {
      add(handler: (event: { worksheetId: string; address: string }) => Promise<void>) {
        ctx.requires(7, 'Worksheet.onChanged');
        const entry = { sheet: '', handler };
        ctx.enqueue(() => {
          entry.sheet = sheet();
          ctx.state.changeHandlers.push(entry);
        });
        return {
          context: ctx,
          remove: () =>
            ctx.enqueue(() => {
              ctx.state.changeHandlers = ctx.state.changeHandlers.filter((h) => h !== entry);
            }),
        };
      },
    };
  }
  get visibility(): string {
    return this.read('visibility');
  }
  set visibility(value: string) {
    this.ctx.requires(2, 'Worksheet.visibility (set)');
    this.ctx.enqueue(() => {
      if (value !== 'Visible' && value !== 'Hidden' && value !== 'VeryHidden')
        throw new FakeOfficeError('InvalidArgument', `visibility ${value}`);
      writable(this.state()).visibility = value;
    });
  }

  getRange(address: string): FakeRange {
    return new FakeRange(
      this.ctx,
      () => this.state(),
      () => parseAddress(address),
    );
  }

  /** "A1, C3:D3, …" as one RangeAreas (ExcelApi 1.9). */
  getRanges(address: string): FakeAddressAreas {
    return new FakeAddressAreas(this.ctx, () => this.state(), address);
  }

  /** ExcelApi 1.1: a blank sheet's used range is A1. `valuesOnly` needs ExcelApi 1.2. */
  getUsedRange(valuesOnly?: boolean): FakeRange {
    if (valuesOnly !== undefined) this.ctx.requires(2, 'Worksheet.getUsedRange(valuesOnly)');
    const used = this.usedOnce(Boolean(valuesOnly));
    return new FakeRange(
      this.ctx,
      () => this.state(),
      () => used() ?? parseAddress('A1'),
    );
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    this.ctx.requires(4, 'Worksheet.getUsedRangeOrNullObject');
    return new FakeRange(this.ctx, () => this.state(), this.usedOnce(Boolean(valuesOnly)));
  }

  /** Like Excel, a used-range proxy is resolved once, when its batch first runs; later edits don't move it. */
  private usedOnce(valuesOnly: boolean): () => CellRange | null {
    let resolved: { box: CellRange | null } | undefined;
    return () => (resolved ??= { box: usedBounds(this.state(), valuesOnly) }).box;
  }

  activate(): void {
    this.ctx.enqueue(() => {
      const sheet = this.state();
      if (sheet.visibility !== 'Visible')
        throw new FakeOfficeError('InvalidOperation', 'cannot activate a hidden sheet');
      this.ctx.state.activeSheet = sheet.name;
    });
  }
}

export class FakeWorksheetCollection extends FakeObject {
  private itemsLoaded: FakeWorksheet[] | undefined;

  protected snapshot(): unknown {
    return undefined;
  }

  /** Only "items/<property>" paths, the way the host loads the sheet list. */
  load(properties?: string | string[]): this {
    const paths = (Array.isArray(properties) ? properties : (properties ?? '').split(',')).map((p) => p.trim());
    const names = paths.map((p) => p.replace(/^items\//, ''));
    this.ctx.enqueue(() => {
      this.itemsLoaded = this.ctx.state.sheets.map((sheet) => {
        const proxy = new FakeWorksheet(this.ctx, sheet.name);
        proxy.applyLoad(names);
        return proxy;
      });
    });
    return this;
  }

  get items(): FakeWorksheet[] {
    if (!this.itemsLoaded) throw new FakeOfficeError('PropertyNotLoaded', 'items');
    return this.itemsLoaded;
  }

  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, name);
  }

  add(name: string): FakeWorksheet {
    this.ctx.enqueue(() => {
      const state = this.ctx.state;
      if (state.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase()))
        throw new FakeOfficeError('ItemAlreadyExists', `sheet ${name} exists`);
      if (name.length > 31 || /[:\\/?*[\]]/.test(name))
        throw new FakeOfficeError('InvalidArgument', `bad name ${name}`);
      state.addSheet(name);
    });
    return new FakeWorksheet(this.ctx, name);
  }
}

class FakeProtection extends FakeObject {
  constructor(
    ctx: FakeContext,
    private readonly sheet: () => FakeSheet,
  ) {
    super(ctx);
  }

  load(properties?: string | string[]): this {
    this.ctx.requires(2, 'WorksheetProtection');
    return super.load(properties);
  }

  protected snapshot(): unknown {
    return this.sheet().protected;
  }

  get protected(): boolean {
    return this.read('protected');
  }
}

export class FakeNote extends FakeObject {
  constructor(
    ctx: FakeContext,
    private readonly sheet: () => FakeSheet,
    private readonly address: string,
  ) {
    super(ctx);
  }

  protected exists(): boolean {
    return this.sheet().notes.has(this.address);
  }

  protected snapshot(): unknown {
    return this.sheet().notes.get(this.address);
  }

  get content(): string {
    return this.read('content');
  }
  set content(text: string) {
    this.ctx.enqueue(() => writable(this.sheet()).notes.set(this.address, text));
  }

  delete(): void {
    this.ctx.enqueue(() => writable(this.sheet()).notes.delete(this.address));
  }
}

class FakeNoteCollection {
  constructor(
    private readonly ctx: FakeContext,
    private readonly sheet: () => FakeSheet,
  ) {}

  add(cell: FakeRange, content: string): void {
    this.ctx.requires(18, 'NoteCollection.add');
    this.ctx.enqueue(() => {
      const sheet = writable(this.sheet());
      const address = rangeToA1(cell.box());
      if (address.includes(':')) throw new FakeOfficeError('InvalidArgument', 'a note needs a single cell');
      if (sheet.notes.has(address)) throw new FakeOfficeError('InvalidOperation', 'the cell already has a note');
      sheet.notes.set(address, content);
    });
  }

  getItemOrNullObject(address: string): FakeNote {
    this.ctx.requires(18, 'NoteCollection.getItemOrNullObject');
    return new FakeNote(this.ctx, this.sheet, address);
  }
}

class FakePageLayout {
  constructor(
    private readonly ctx: FakeContext,
    private readonly sheet: () => FakeSheet,
  ) {}

  private set(apply: (print: FakeSheet['print']) => void): void {
    this.ctx.requires(9, 'PageLayout');
    this.ctx.enqueue(() => apply(writable(this.sheet()).print));
  }

  set orientation(value: string) {
    this.set((print) => (print.orientation = value));
  }
  set zoom(value: { horizontalFitToPages?: number }) {
    this.set((print) => (print.fitToWidth = value.horizontalFitToPages === 1));
  }
  setPrintTitleRows(rows: string): void {
    this.set((print) => (print.titleRows = rows));
  }
}
