/**
 * The playground's parser, off the main thread: .xlsx bytes in, grids and the reader's warnings out
 * (src/xlsx/reader, bounded while streaming), sent a slice of rows at a time. A huge or hostile file keeps
 * only this worker busy — the page answers input, and 取消 ends the worker. Then it stays as the pane's
 * validator for that workbook: it holds the grids already, so no cell crosses back for the first check.
 */
import type { SheetGrid } from '../core/grid/types';
import { readWorkbook } from '../xlsx/reader';
import type { ValidatorReply, ValidatorRequest } from '../taskpane/validation/messages';
import { validationServer } from '../taskpane/validation/serve';
import { CELLS_PER_MESSAGE, SLICES_IN_FLIGHT, type ParseReply, type ParseRequest } from './parseMessages';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ParseRequest>) => void) | null;
  postMessage(message: ParseReply | ValidatorReply): void;
};

/** Set once the workbook is parsed and sent. */
let validate: ((request: ValidatorRequest) => void) | undefined;

let inFlight = 0;
let unpacked: (() => void) | undefined;

/** Waits until the page has unpacked enough slices that one more may be sent. */
async function slot(): Promise<void> {
  while (inFlight >= SLICES_IN_FLIGHT) await new Promise<void>((resolve) => (unpacked = resolve));
  inFlight++;
}

async function send(grid: SheetGrid): Promise<void> {
  const { values, text, numberFormat, formulas, ...sheet } = grid;
  scope.postMessage({
    kind: 'sheet',
    sheet: { ...sheet, hasText: Boolean(text), hasFormats: Boolean(numberFormat), hasFormulas: Boolean(formulas) },
  });
  const width = Math.max(1, values[0]?.length ?? 1);
  const step = Math.max(1, Math.floor(CELLS_PER_MESSAGE / width));
  for (let row = 0; row < values.length; row += step) {
    await slot();
    scope.postMessage({
      kind: 'rows',
      values: values.slice(row, row + step),
      text: text?.slice(row, row + step),
      numberFormat: numberFormat?.slice(row, row + step),
      formulas: formulas?.slice(row, row + step),
    });
  }
}

scope.onmessage = async ({ data: request }) => {
  if (request.kind === 'unpacked') {
    inFlight--;
    unpacked?.();
    return;
  }
  if (request.kind !== 'parse') {
    if (!validate) throw new Error('validation requested before the workbook was parsed');
    validate(request);
    return;
  }
  try {
    const { grids, warnings } = readWorkbook(request.bytes);
    for (const grid of grids) await send(grid);
    validate = validationServer((reply) => scope.postMessage(reply), grids);
    scope.postMessage({ kind: 'done', warnings });
  } catch (error) {
    scope.postMessage({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
};
