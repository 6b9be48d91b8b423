/** Parses .xlsx bytes in the parser worker (a webpack entry of its own, `parser.js`); cancel ends the worker. */
import type { SheetGrid } from '../core/grid/types';
import type { ParseReply, ParseRequest } from './parseMessages';

/** Emitted beside taskpane.html by webpack (entry `parser`, see webpack.config.js). */
export const PARSER_URL = 'parser.js';

export class ParseCancelled extends Error {}

export interface ParseJob {
  result: Promise<{ grids: SheetGrid[]; warnings: string[] }>;
  cancel(): void;
}

export function parseInWorker(bytes: ArrayBuffer): ParseJob {
  const worker = new Worker(new URL(PARSER_URL, document.baseURI));
  let cancel = () => undefined as void;
  const result = new Promise<{ grids: SheetGrid[]; warnings: string[] }>((resolve, reject) => {
    cancel = () => {
      worker.terminate();
      reject(new ParseCancelled());
    };
    worker.onmessage = (event: MessageEvent<ParseReply>) => {
      worker.terminate();
      if (event.data.ok) resolve({ grids: event.data.grids, warnings: event.data.warnings });
      else reject(new Error(event.data.message));
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message || 'parser failed'));
    };
    // The bytes move to the worker (transferred, not copied).
    worker.postMessage({ bytes } satisfies ParseRequest, [bytes]);
  });
  return { result, cancel: () => cancel() };
}
