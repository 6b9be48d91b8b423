/** The fake Office.js batching model: queued commands, loads that throw PropertyNotLoaded until sync, a sync counter. */
import type { FakeWorkbook } from './state';

/** Excel on the web refuses a request or response over 5 MB (learn.microsoft.com, Office add-in resource limits). */
export const PAYLOAD_LIMIT_BYTES = 5_000_000;

/** Mirrors OfficeExtension.Error: a `code` such as "PropertyNotLoaded", "InvalidOperation", "ApiNotFound". */
export class FakeOfficeError extends Error {
  constructor(
    readonly code: string,
    message = code,
  ) {
    super(message);
  }
}

export class FakeContext {
  private queue: (() => void)[] = [];
  /** Loaded values of the running batch, handed to their proxies only if the whole batch succeeds. */
  private deliveries: (() => void)[] = [];
  /** Cells returned by loads in the current batch (Excel on the web refuses big payloads). */
  cellsThisSync = 0;
  /** UTF-8 bytes of the JSON this batch's loads return, as Excel serializes them. */
  bytesThisSync = 0;

  constructor(readonly state: FakeWorkbook) {}

  enqueue(command: () => void): void {
    this.queue.push(command);
  }

  /** Requirement-set gate: like real Excel, an API the host lacks fails when the batch runs. */
  requires(minor: number, api: string): void {
    if (this.state.apiMinor < minor)
      this.enqueue(() => {
        throw new FakeOfficeError('ApiNotFound', `${api} needs ExcelApi 1.${minor}`);
      });
  }

  countCells(cells: number): void {
    if (cells > this.state.maxCellsPerRange) throw new FakeOfficeError('ResponsePayloadSizeLimitExceeded');
    this.cellsThisSync += cells;
    if (this.cellsThisSync > this.state.maxCellsPerSync) throw new FakeOfficeError('ResponsePayloadSizeLimitExceeded');
  }

  /** Charges a loaded value to this sync's response; on the web a response over 5 MB fails the sync. */
  countBytes(loaded: unknown): void {
    this.bytesThisSync += new TextEncoder().encode(JSON.stringify(loaded)).length;
    if (this.state.platform === 'web' && this.bytesThisSync > PAYLOAD_LIMIT_BYTES)
      throw new FakeOfficeError('ResponsePayloadSizeLimitExceeded', 'The response payload size has exceeded the limit');
  }

  /**
   * Runs the queued commands in order; the first failure discards the rest. Earlier writes stay applied,
   * but no load of a failed batch reaches its proxy: the client gets an error, not a response.
   */
  async sync(): Promise<void> {
    this.state.syncs++;
    const batch = this.queue;
    this.queue = [];
    this.cellsThisSync = 0;
    this.bytesThisSync = 0;
    const delivered: (() => void)[] = [];
    this.deliveries = delivered;
    for (const command of batch) command();
    this.state.largestSyncBytes = Math.max(this.state.largestSyncBytes, this.bytesThisSync);
    for (const deliver of delivered) deliver();
  }

  /** Queues a loaded value's arrival on its proxy for when the whole batch has succeeded. */
  deliver(arrival: () => void): void {
    this.deliveries.push(arrival);
  }
}

/** Base of every proxy: `load` queues a snapshot; reading an unloaded property throws like Office.js. */
export abstract class FakeObject {
  private loaded = new Map<string, unknown>();
  private synced = false;
  private nullObject = false;

  constructor(protected readonly ctx: FakeContext) {}

  /** The property's current value from the workbook state (runs at sync time). */
  protected abstract snapshot(property: string): unknown;

  /** Whether the object exists (for *OrNullObject proxies); runs at sync time. */
  protected exists(): boolean {
    return true;
  }

  load(properties?: string | string[]): this {
    const names = (Array.isArray(properties) ? properties : (properties ?? '').split(','))
      .map((p) => p.trim())
      .filter(Boolean);
    this.ctx.enqueue(() => this.applyLoad(names));
    return this;
  }

  /** Runs a load inside a command that is already executing (collections loading their items). */
  applyLoad(names: string[]): void {
    const exists = this.exists();
    const values = exists ? names.map((name): [string, unknown] => [name, this.snapshot(name)]) : [];
    this.ctx.deliver(() => {
      this.synced = true;
      this.nullObject = !exists;
      for (const [name, value] of values) this.loaded.set(name, value);
    });
  }

  get isNullObject(): boolean {
    if (!this.synced) throw new FakeOfficeError('PropertyNotLoaded', 'isNullObject read before sync');
    return this.nullObject;
  }

  protected read<T>(property: string): T {
    if (!this.loaded.has(property))
      throw new FakeOfficeError(
        'PropertyNotLoaded',
        `The property '${property}' is not available. Call load() and sync() first.`,
      );
    return this.loaded.get(property) as T;
  }
}

/** OfficeExtension.ClientResult: `value` only after sync. */
export class FakeClientResult<T> {
  private result: { value: T } | undefined;

  set(value: T): void {
    this.result = { value };
  }

  get value(): T {
    if (!this.result) throw new FakeOfficeError('PropertyNotLoaded', 'ClientResult read before sync');
    return this.result.value;
  }
}
