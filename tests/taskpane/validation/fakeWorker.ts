/** An in-process stand-in for the validator worker: applies the updates, validates, and replies when released. */
import type { SheetGrid } from '../../../src/core/grid/types';
import { validateWorkbook } from '../../../src/core/validate';
import { applyUpdate } from '../../../src/taskpane/validation/gridSync';
import type { ValidatorReply, ValidatorRequest } from '../../../src/taskpane/validation/messages';
import type { WorkerPort } from '../../../src/taskpane/validation/validator';

export interface FakeWorker extends WorkerPort {
  grids: Map<string, SheetGrid>;
  received: ValidatorRequest[];
  terminated: boolean;
  /** Validations asked for and not yet answered (answered in order by release). */
  waiting: number;
  /** Answers the oldest waiting validation. */
  release(): void;
  /** Fails like a crashed worker (an error event). */
  crash(message: string): void;
}

/** `holding`: grids the worker has already (as the playground's parser does after parsing). */
export function fakeWorker(holding: readonly SheetGrid[] = []): FakeWorker {
  const queue: (() => void)[] = [];
  const worker: FakeWorker = {
    grids: new Map(holding.map((grid) => [grid.name, structuredClone(grid)])),
    received: [],
    terminated: false,
    onmessage: null,
    onerror: null,
    get waiting() {
      return queue.length;
    },
    postMessage(request) {
      if (worker.terminated) return;
      worker.received.push(request);
      if (request.kind !== 'validate') return applyUpdate(worker.grids, request);
      const answer = () => {
        if (worker.terminated) return;
        let reply: ValidatorReply;
        try {
          const sheets = request.sheets.map((name) => worker.grids.get(name)!);
          reply = {
            kind: 'report',
            id: request.id,
            report: structuredClone(validateWorkbook(sheets, request.options)),
          };
        } catch (error) {
          reply = { kind: 'failed', id: request.id, message: (error as Error).message };
        }
        worker.onmessage?.({ data: reply });
      };
      queue.push(answer);
    },
    release() {
      queue.shift()?.();
    },
    crash(message) {
      worker.onerror?.({ message });
    },
    terminate() {
      worker.terminated = true;
    },
  };
  return worker;
}

/** Waits until `condition` holds, polling across macrotasks (the validator yields between slices). */
export async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 1000 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 0));
  if (!condition()) throw new Error('condition never held');
}
