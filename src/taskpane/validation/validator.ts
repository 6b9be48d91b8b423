/**
 * Validation for the pane, in both hosts: in a Web Worker where there is one (the page never freezes on a
 * big workbook), in this thread otherwise (jest, or options holding rule functions, which cannot cross).
 * A job can be cancelled; the worker serves one job at a time, and cancelling the job it is working on
 * ends the worker (the only way to stop a synchronous validation) — the next job starts a fresh one.
 */
import type { SheetGrid } from '../../core/grid/types';
import type { Report } from '../../core/report/types';
import { validateWorkbook, type ValidateOptions } from '../../core/validate';
import { paneStrings } from '../../strings/pane';
import { gridUpdates, type SentGrids } from './gridSync';
import type { ValidatorReply, ValidatorRequest } from './messages';

/** Emitted beside taskpane.html by webpack (entry `validator`, see webpack.config.js). */
export const VALIDATOR_URL = 'validator.js';

export class ValidationCancelled extends Error {}

export interface ValidationJob {
  report: Promise<Report>;
  /** Stops the job (its report rejects with ValidationCancelled); a no-op once it has settled. */
  cancel(): void;
}

export interface Validator {
  validate(grids: readonly SheetGrid[], options: ValidateOptions): ValidationJob;
  /** Cancels every job and ends the worker (the pane closed); a later validate starts afresh. */
  terminate(): void;
}

/** What the validator needs of a Worker (a fake in tests). */
export interface WorkerPort {
  postMessage(message: ValidatorRequest): void;
  onmessage: ((event: { data: ValidatorReply }) => void) | null;
  onerror: ((event: { message?: string }) => void) | null;
  terminate(): void;
}

/** Rule functions cannot be cloned to a worker; an empty list (recognition only) can. */
export function canValidateInWorker(options: ValidateOptions): boolean {
  return !options.rules?.length;
}

/** A worker that already holds these grids (the playground's parser, after parsing them). */
export interface HeldGrids {
  port: WorkerPort;
  grids: readonly SheetGrid[];
}

/** A webview that refuses to start a worker (a locked-down policy): validation stays in this thread. */
class WorkerRefused extends Error {}

/** The one place that chooses where validation runs. */
export function createValidator(held?: HeldGrids): Validator {
  const local = inThreadValidator();
  if (typeof Worker === 'undefined' || typeof document === 'undefined') return local;
  let refused = false;
  const remote = workerValidator(() => {
    try {
      return new Worker(new URL(VALIDATOR_URL, document.baseURI)) as unknown as WorkerPort;
    } catch (error) {
      refused = true;
      throw new WorkerRefused(String(error));
    }
  }, held);
  return {
    validate(grids, options) {
      if (refused || !canValidateInWorker(options)) return local.validate(grids, options);
      const job = remote.validate(grids, options);
      let fallback: ValidationJob | undefined;
      const report = job.report.catch((error: unknown) => {
        if (!(error instanceof WorkerRefused)) throw error;
        fallback = local.validate(grids, options);
        return fallback.report;
      });
      return {
        report,
        cancel() {
          job.cancel();
          fallback?.cancel();
        },
      };
    },
    terminate: () => {
      remote.terminate();
      local.terminate();
    },
  };
}

/** Lets the page paint (the 'validating' line) and handle input before long work: one macrotask, not clamped like nested timers. */
export function nextTask(): Promise<void> {
  if (typeof MessageChannel === 'undefined') return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** A job's cancellation: every wait of the job races `halted`, so a cancelled job never holds the queue. */
interface Job {
  cancelled: boolean;
  halted: Promise<never>;
  halt(): void;
}

function newJob(): Job {
  let reject!: (error: Error) => void;
  const halted = new Promise<never>((_, r) => (reject = r));
  halted.catch(() => undefined);
  const job: Job = {
    cancelled: false,
    halted,
    halt() {
      if (job.cancelled) return;
      job.cancelled = true;
      reject(new ValidationCancelled());
    },
  };
  return job;
}

/** The job's report: its work's, unless it is cancelled first. */
function settle(job: Job, work: Promise<Report>, jobs: Set<Job>): ValidationJob {
  jobs.add(job);
  const done = work.finally(() => jobs.delete(job));
  // A cancelled job's work may still fail later: that rejection is nobody's business.
  done.catch(() => undefined);
  return { report: Promise.race([done, job.halted]), cancel: () => job.halt() };
}

export function inThreadValidator(): Validator {
  const jobs = new Set<Job>();
  return {
    validate(grids, options) {
      const job = newJob();
      const work = nextTask().then(() => {
        if (job.cancelled) throw new ValidationCancelled();
        return validateWorkbook(grids, options);
      });
      return settle(job, work, jobs);
    },
    terminate: () => [...jobs].forEach((job) => job.halt()),
  };
}

/**
 * The worker connection: one worker at a time, its grids kept between jobs, jobs served in order. It may
 * begin with a worker that holds grids already (`held`); a worker started later gets every grid sent.
 */
export function workerValidator(startWorker: () => WorkerPort, held?: HeldGrids): Validator {
  let worker: { port: WorkerPort; sent: SentGrids; failed: Promise<never> } | undefined;
  let nextId = 1;
  /** Jobs run one after another: a send must never interleave with another's. */
  let queue: Promise<unknown> = Promise.resolve();
  const jobs = new Set<Job>();
  /** The job the worker is validating now: cancelling it must end the worker. */
  let running: Job | undefined;

  const stop = () => {
    worker?.port.terminate();
    worker = undefined;
  };

  const attach = (port: WorkerPort, grids: readonly SheetGrid[] = []) => {
    const failed = new Promise<never>((_, reject) => {
      port.onerror = (event) => {
        if (worker?.port === port) stop();
        reject(new Error(event.message || paneStrings.errors.validatorStopped));
      };
    });
    failed.catch(() => undefined);
    worker = { port, sent: new Map(grids.map((grid) => [grid.name, grid])), failed };
  };
  if (held) attach(held.port, held.grids);

  const connect = () => {
    if (!worker) attach(startWorker());
    return worker!;
  };

  const serve = async (job: Job, grids: readonly SheetGrid[], options: ValidateOptions): Promise<Report> => {
    if (job.cancelled) throw new ValidationCancelled();
    const { port, sent, failed } = connect();
    for (const update of gridUpdates(grids, sent)) {
      port.postMessage(update);
      // Each slice was cloned on this thread: let input in between.
      if (update.kind === 'rows') await Promise.race([nextTask(), failed, job.halted]);
    }
    const id = nextId++;
    const reply = new Promise<Report>((resolve, reject) => {
      port.onmessage = ({ data }) => {
        if (data.id !== id) return;
        if (data.kind === 'report') resolve(data.report);
        else reject(new Error(data.message));
      };
    });
    running = job;
    try {
      port.postMessage({ kind: 'validate', id, sheets: grids.map((g) => g.name), options });
      return await Promise.race([reply, failed, job.halted]);
    } finally {
      running = undefined;
    }
  };

  return {
    validate(grids, options) {
      const job = newJob();
      const work = queue.then(() => serve(job, grids, options));
      queue = work.catch(() => undefined);
      const handle = settle(job, work, jobs);
      return {
        report: handle.report,
        cancel() {
          if (running === job) stop();
          job.halt();
        },
      };
    },
    terminate() {
      stop();
      [...jobs].forEach((job) => job.halt());
    },
  };
}
