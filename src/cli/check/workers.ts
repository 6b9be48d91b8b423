/**
 * A fixed set of worker threads running the compiled check (build/cli/check/worker.js). Each worker has a heap
 * limit, so a file that exhausts memory ends its worker — reported as that file's error — never the whole batch.
 */
import { existsSync } from 'fs';
import os from 'os';
import path from 'path';
import { Worker } from 'worker_threads';
import { cliStrings } from '../../strings/cli';
import type { CheckOptions, CheckTask, FileResult } from './checkFile';
import type { WorkerRequest } from './worker';

/** Heap per worker: a share of the machine's memory, at least what a large real workbook needs. */
function heapLimitMb(workers: number): number {
  const share = Math.floor(os.totalmem() / 2 ** 20 / (workers + 1));
  return Math.max(1024, Math.min(4096, share));
}

/**
 * The compiled worker script: beside this file in build/, or build/ seen from the sources (ts-jest runs src/);
 * undefined when there is none to run, and files are then checked in this thread.
 */
export function workerScript(): string | undefined {
  const beside = path.join(__dirname, 'worker.js');
  if (existsSync(beside)) return beside;
  const built = path.join(__dirname, '..', '..', '..', 'build', 'cli', 'check', 'worker.js');
  return existsSync(built) ? built : undefined;
}

interface Slot {
  worker: Worker;
  pending?: { id: number; task: CheckTask; resolve(result: FileResult): void };
}

export class WorkerPool {
  private readonly idle: Slot[] = [];
  private readonly waiting: ((slot: Slot) => void)[] = [];
  private readonly all = new Set<Slot>();
  private nextId = 0;
  private closing = false;
  private readonly limitMb: number;

  constructor(
    size: number,
    private readonly script: string,
    private readonly options: CheckOptions,
    limitMb = heapLimitMb(size),
  ) {
    this.limitMb = limitMb;
    for (let i = 0; i < size; i++) this.release(this.spawn());
  }

  async check(task: CheckTask): Promise<FileResult> {
    const slot = await this.acquire();
    return new Promise((resolve) => {
      slot.pending = { id: this.nextId++, task, resolve };
      slot.worker.postMessage({ id: slot.pending.id, task } satisfies WorkerRequest);
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all([...this.all].map((slot) => slot.worker.terminate()));
  }

  private spawn(): Slot {
    const worker = new Worker(this.script, {
      workerData: this.options,
      resourceLimits: { maxOldGenerationSizeMb: this.limitMb },
    });
    const slot: Slot = { worker };
    this.all.add(slot);
    worker.on('message', ({ id, result }: { id: number; result: FileResult }) => {
      const pending = slot.pending;
      if (!pending || pending.id !== id) return;
      slot.pending = undefined;
      this.release(slot);
      pending.resolve(result);
    });
    // An error event ends the worker: its file gets the reason, a fresh worker takes its place.
    worker.on('error', (error: Error & { code?: string }) => this.replace(slot, error.code));
    worker.on('exit', () => this.replace(slot, undefined));
    return slot;
  }

  private replace(slot: Slot, code: string | undefined): void {
    if (!this.all.delete(slot)) return;
    const pending = slot.pending;
    slot.pending = undefined;
    const index = this.idle.indexOf(slot);
    if (index >= 0) this.idle.splice(index, 1);
    if (pending) {
      const R = cliStrings.reasons;
      pending.resolve({
        file: pending.task.file,
        error: code === 'ERR_WORKER_OUT_OF_MEMORY' ? R.outOfMemory : R.workerFailed,
      });
    }
    if (!this.closing) this.release(this.spawn());
  }

  private acquire(): Promise<Slot> {
    const slot = this.idle.pop();
    return slot ? Promise.resolve(slot) : new Promise((resolve) => this.waiting.push(resolve));
  }

  private release(slot: Slot): void {
    const waiter = this.waiting.shift();
    if (waiter) waiter(slot);
    else this.idle.push(slot);
  }
}
