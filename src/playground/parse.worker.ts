/**
 * The playground's parser, off the main thread: .xlsx bytes in, grids and the reader's warnings out
 * (src/xlsx/reader, bounded while streaming). A huge or hostile file keeps only this worker busy — the
 * page answers input, and 取消 ends the worker.
 */
import { readWorkbook, UnreadableWorkbookError } from '../xlsx/reader';
import type { ParseReply, ParseRequest } from './parseMessages';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ParseRequest>) => void) | null;
  postMessage(message: ParseReply): void;
};

scope.onmessage = (event) => {
  try {
    const { grids, warnings } = readWorkbook(event.data.bytes);
    scope.postMessage({ ok: true, grids, warnings });
  } catch (error) {
    const message = error instanceof UnreadableWorkbookError || error instanceof Error ? error.message : String(error);
    scope.postMessage({ ok: false, message });
  }
};
