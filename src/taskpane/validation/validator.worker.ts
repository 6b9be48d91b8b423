/**
 * The pane's validator, off the page's thread (webpack entry `validator`): it keeps the grids the page
 * sends (gridSync.ts), validates the sheets asked for and posts the Report back. The core is pure, so it
 * runs here unchanged; while it works, the page — in Excel's task pane or the playground — answers input.
 */
import type { SheetGrid } from '../../core/grid/types';
import { validateWorkbook } from '../../core/validate';
import { applyUpdate } from './gridSync';
import type { ValidatorReply, ValidatorRequest } from './messages';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ValidatorRequest>) => void) | null;
  postMessage(message: ValidatorReply): void;
};

const grids = new Map<string, SheetGrid>();

scope.onmessage = ({ data: request }) => {
  if (request.kind !== 'validate') {
    applyUpdate(grids, request);
    return;
  }
  try {
    const sheets = request.sheets.map((name) => {
      const grid = grids.get(name);
      if (!grid) throw new Error(`工作表“${name}”未送达校验线程`);
      return grid;
    });
    scope.postMessage({ kind: 'report', id: request.id, report: validateWorkbook(sheets, request.options) });
  } catch (error) {
    scope.postMessage({
      kind: 'failed',
      id: request.id,
      message: error instanceof Error ? error.message : String(error),
    });
  }
};
