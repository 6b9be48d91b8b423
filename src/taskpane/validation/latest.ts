/**
 * Latest wins: each pane action that validates (校验, a settings change, an 出错说明) takes a ticket. A new
 * ticket cancels the validation of the one before, and only the current ticket may change what the pane
 * shows — a slow, stale report is never painted over a newer one. 取消 leaves no ticket current.
 */
import type { SheetGrid } from '../../core/grid/types';
import type { Report } from '../../core/report/types';
import type { ValidateOptions } from '../../core/validate';
import { ValidationCancelled, type ValidationJob, type Validator } from './validator';

export interface Ticket {
  /** False once a newer ticket was taken or the user cancelled. */
  readonly current: boolean;
  /** The report, or undefined when this ticket stopped being current before it arrived. */
  validate(grids: readonly SheetGrid[], options: ValidateOptions): Promise<Report | undefined>;
}

export interface Tickets {
  next(): Ticket;
  cancel(): void;
}

export function latestOnly(validator: Validator): Tickets {
  let serial = 0;
  let job: ValidationJob | undefined;
  const stopJob = () => {
    job?.cancel();
    job = undefined;
  };
  return {
    next() {
      const mine = ++serial;
      stopJob();
      const isCurrent = () => serial === mine;
      return {
        get current() {
          return isCurrent();
        },
        async validate(grids, options) {
          if (!isCurrent()) return undefined;
          const started = validator.validate(grids, options);
          job = started;
          try {
            const report = await started.report;
            return isCurrent() ? report : undefined;
          } catch (error) {
            if (error instanceof ValidationCancelled || !isCurrent()) return undefined;
            throw error;
          } finally {
            if (job === started) job = undefined;
          }
        },
      };
    },
    cancel() {
      serial++;
      stopJob();
    },
  };
}
