/**
 * The messages between the page and the parser worker (parse.worker.ts). A big sheet arrives in slices of
 * rows: each message is a task of its own on the page, so unpacking ten million cells never blocks input.
 * The page acknowledges each slice and the worker keeps only SLICES_IN_FLIGHT unacknowledged: a backlog of
 * slices queued on the page would make input (and timers) wait behind all of them.
 */
import type { SheetGrid } from '../core/grid/types';
import type { ValidatorRequest } from '../taskpane/validation/messages';

/** After parsing, the parser validates the grids it holds (the validator's messages, see taskpane/validation). */
export type ParseRequest = { kind: 'parse'; bytes: ArrayBuffer } | { kind: 'unpacked' } | ValidatorRequest;

/** Cells per message: small enough that unpacking one on the page (structured clone, then GC) stays short. */
export const CELLS_PER_MESSAGE = 20_000;
export const SLICES_IN_FLIGHT = 2;

type RowArrays = Pick<SheetGrid, 'values' | 'text' | 'numberFormat' | 'formulas'>;

export type ParseReply =
  | {
      kind: 'sheet';
      sheet: Omit<SheetGrid, keyof RowArrays> & { hasText: boolean; hasFormats: boolean; hasFormulas: boolean };
    }
  | ({ kind: 'rows' } & RowArrays)
  | { kind: 'done'; warnings: string[] }
  | { kind: 'failed'; message: string };
