/** The messages between the page and the parser worker (parse.worker.ts). */
import type { SheetGrid } from '../core/grid/types';

export interface ParseRequest {
  bytes: ArrayBuffer;
}

export type ParseReply = { ok: true; grids: SheetGrid[]; warnings: string[] } | { ok: false; message: string };
