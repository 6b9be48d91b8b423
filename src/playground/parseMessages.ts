/**
 * The messages between the page and the parser worker (parse.worker.ts). A big sheet arrives in slices of
 * rows: each message is a task of its own on the page, so unpacking ten million cells never blocks input.
 */
import type { SheetGrid } from '../core/grid/types';

export interface ParseRequest {
  bytes: ArrayBuffer;
}

/** Cells per message: small enough that structured-clone unpacking stays a few milliseconds. */
export const CELLS_PER_MESSAGE = 50_000;

type RowArrays = Pick<SheetGrid, 'values' | 'text' | 'numberFormat' | 'formulas'>;

export type ParseReply =
  | {
      kind: 'sheet';
      sheet: Omit<SheetGrid, keyof RowArrays> & { hasText: boolean; hasFormats: boolean; hasFormulas: boolean };
    }
  | ({ kind: 'rows' } & RowArrays)
  | { kind: 'done'; warnings: string[] }
  | { kind: 'failed'; message: string };
