/**
 * Parses .xlsx bytes in the parser worker (a webpack entry of its own, `parser.js`); cancel ends the worker.
 * A parse that succeeds hands the worker over — it holds the grids, ready to validate them (see
 * taskpane/validation): whoever takes the result owns the worker and ends it.
 */
import type { SheetGrid } from '../core/grid/types';
import type { HeldGrids } from '../taskpane/validation/validator';
import type { ParseReply, ParseRequest } from './parseMessages';

/** Emitted beside taskpane.html by webpack (entry `parser`, see webpack.config.js). */
export const PARSER_URL = 'parser.js';

export class ParseCancelled extends Error {}

export interface Parsed {
  grids: SheetGrid[];
  warnings: string[];
  /** The parser, now holding `grids` for validation. */
  held: HeldGrids;
}

export interface ParseJob {
  result: Promise<Parsed>;
  /** Ends a parse in progress; once parsed, the worker belongs to the result. */
  cancel(): void;
}

export function parseInWorker(bytes: ArrayBuffer): ParseJob {
  const worker = new Worker(new URL(PARSER_URL, document.baseURI));
  let cancel = () => undefined as void;
  const result = new Promise<Parsed>((resolve, reject) => {
    cancel = () => {
      worker.terminate();
      reject(new ParseCancelled());
    };
    const handOver = (parsed: Parsed) => {
      cancel = () => undefined;
      worker.onmessage = null;
      worker.onerror = null;
      resolve(parsed);
    };
    const grids: SheetGrid[] = [];
    worker.onmessage = (event: MessageEvent<ParseReply>) => {
      const reply = event.data;
      if (reply.kind === 'sheet') {
        const { hasText, hasFormats, hasFormulas, ...sheet } = reply.sheet;
        grids.push({
          ...sheet,
          values: [],
          ...(hasText && { text: [] }),
          ...(hasFormats && { numberFormat: [] }),
          ...(hasFormulas && { formulas: [] }),
        });
      } else if (reply.kind === 'rows') {
        const grid = grids[grids.length - 1];
        append(grid.values, reply.values);
        if (grid.text && reply.text) append(grid.text, reply.text);
        if (grid.numberFormat && reply.numberFormat) append(grid.numberFormat, reply.numberFormat);
        if (grid.formulas && reply.formulas) append(grid.formulas, reply.formulas);
        worker.postMessage({ kind: 'unpacked' } satisfies ParseRequest);
      } else if (reply.kind === 'done') {
        handOver({ grids, warnings: reply.warnings, held: { port: worker as unknown as HeldGrids['port'], grids } });
      } else {
        worker.terminate();
        reject(new Error(reply.message));
      }
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message || 'parser failed'));
    };
    // The bytes move to the worker (transferred, not copied).
    worker.postMessage({ kind: 'parse', bytes } satisfies ParseRequest, [bytes]);
  });
  return { result, cancel: () => cancel() };
}

/** push(...rows) would overflow the call stack on large slices. */
function append<T>(target: T[], rows: readonly T[]): void {
  for (const row of rows) target.push(row);
}
