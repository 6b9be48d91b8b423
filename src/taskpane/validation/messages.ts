/**
 * The messages between the pane and the validator worker (validator.worker.ts). The worker keeps a copy
 * of the grids it was sent, by sheet name, so a re-check sends only the rows that changed; rows travel in
 * slices, each its own task on the page, so handing ten million cells over never blocks input.
 */
import type { SheetGrid } from '../../core/grid/types';
import type { Report } from '../../core/report/types';
import type { ValidateOptions } from '../../core/validate';

/** Cells per message: small enough that structured cloning on the page stays a few milliseconds. */
export const CELLS_PER_MESSAGE = 50_000;

export type RowArrays = Pick<SheetGrid, 'values' | 'text' | 'numberFormat' | 'formulas'>;
export type RowArrayKey = keyof RowArrays;
export const ROW_ARRAYS: readonly RowArrayKey[] = ['values', 'text', 'numberFormat', 'formulas'];

/** A sheet without its cells: what 'sheet' carries. */
export type SheetMeta = Omit<SheetGrid, RowArrayKey>;

export type ValidatorRequest =
  /** (Re)defines a sheet: its metadata, row count and which arrays it has; rows already held are kept. */
  | { kind: 'sheet'; sheet: SheetMeta; rows: number; arrays: RowArrayKey[] }
  /** Rows `at`, `at + 1`, … of each array the sheet has. */
  | ({ kind: 'rows'; name: string; at: number } & Partial<RowArrays>)
  /** Validates the named sheets, in this order; `rules` is absent or empty (functions cannot cross, see canValidateInWorker). */
  | { kind: 'validate'; id: number; sheets: string[]; options: ValidateOptions };

export type ValidatorReply =
  { kind: 'report'; id: number; report: Report } | { kind: 'failed'; id: number; message: string };
