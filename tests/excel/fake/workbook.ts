/** The fake's entry points: the request context's workbook, settings, and an OfficeEnv (Excel.run, isSetSupported, document settings). */
import type { DocumentSettings, OfficeEnv } from '../../../src/excel/env';
import { FakeContext, FakeObject, FakeOfficeError } from './core';
import { FakeWorksheetCollection } from './sheet';
import type { FakeWorkbook } from './state';

class FakeSetting extends FakeObject {
  constructor(
    ctx: FakeContext,
    private readonly key: string,
  ) {
    super(ctx);
  }

  protected exists(): boolean {
    return this.ctx.state.settings.has(this.key);
  }

  protected snapshot(): unknown {
    return this.ctx.state.settings.get(this.key);
  }

  get value(): string {
    return this.read('value');
  }
}

class FakeSettingCollection {
  constructor(private readonly ctx: FakeContext) {}

  add(key: string, value: string): void {
    this.ctx.requires(4, 'SettingCollection.add');
    this.ctx.enqueue(() => this.ctx.state.settings.set(key, value));
  }

  getItemOrNullObject(key: string): FakeSetting {
    this.ctx.requires(4, 'SettingCollection.getItemOrNullObject');
    return new FakeSetting(this.ctx, key);
  }
}

class FakeWorkbookProxy {
  readonly worksheets: FakeWorksheetCollection;
  readonly settings: FakeSettingCollection;

  constructor(ctx: FakeContext) {
    this.worksheets = new FakeWorksheetCollection(ctx);
    this.settings = new FakeSettingCollection(ctx);
  }
}

class FakeRequestContext extends FakeContext {
  readonly workbook = new FakeWorkbookProxy(this);
}

/** Office.context.document.settings: changes are staged in memory and reach the file on saveAsync. */
class FakeDocumentSettings implements DocumentSettings {
  private staged: Map<string, unknown>;

  constructor(private readonly state: FakeWorkbook) {
    this.staged = new Map(state.savedDocumentSettings);
  }

  get(name: string): unknown {
    return this.staged.get(name) ?? null;
  }
  set(name: string, value: unknown): void {
    this.staged.set(name, value);
  }
  remove(name: string): void {
    this.staged.delete(name);
  }
  saveAsync(callback?: (result: { status: string }) => void): void {
    this.state.savedDocumentSettings = new Map(this.staged);
    callback?.({ status: 'succeeded' });
  }
}

/** An OfficeEnv over a fake workbook; a new env over the same workbook is the file reopened. */
export function fakeEnv(state: FakeWorkbook): OfficeEnv {
  return {
    platform: state.platform,
    async run<T>(batch: (context: Excel.RequestContext) => Promise<T>, options?: { mergeUndoGroup?: boolean }) {
      if (options?.mergeUndoGroup && state.apiMinor < 20) throw new FakeOfficeError('ApiNotFound', 'mergeUndoGroup');
      state.runs.push({ mergeUndoGroup: Boolean(options?.mergeUndoGroup) });
      return batch(new FakeRequestContext(state) as unknown as Excel.RequestContext);
    },
    resume: (context, batch) => batch(context),
    isSetSupported: (name, version) => {
      const [major, minor] = version.split('.').map(Number);
      return name === 'ExcelApi' && major === 1 && minor <= state.apiMinor;
    },
    documentSettings: state.hasDocumentSettings ? new FakeDocumentSettings(state) : undefined,
  };
}
