/**
 * The worker side of validation, shared by the validator worker and the playground's parser (which, having
 * parsed a workbook, already holds its grids — see parseInWorker.ts): grid updates in, reports out.
 */
import type { SheetGrid } from '../../core/grid/types';
import { validateWorkbook } from '../../core/validate';
import { applyUpdate } from './gridSync';
import type { ValidatorReply, ValidatorRequest } from './messages';

export function validationServer(
  post: (reply: ValidatorReply) => void,
  held: readonly SheetGrid[] = [],
): (request: ValidatorRequest) => void {
  const grids = new Map(held.map((grid) => [grid.name, grid]));
  return (request) => {
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
      post({ kind: 'report', id: request.id, report: validateWorkbook(sheets, request.options) });
    } catch (error) {
      post({ kind: 'failed', id: request.id, message: error instanceof Error ? error.message : String(error) });
    }
  };
}
