/**
 * The pane's view of the playground: the memory workbook as host, settings in localStorage, file downloads,
 * and the validator of the worker that parsed the workbook (it holds the grids already).
 */
import type { PaneHost } from '../taskpane/paneHost';
import { localSettingsStore } from '../taskpane/settings/localStore';
import type { Validator } from '../taskpane/validation/validator';
import type { MemoryWorkbook } from './host/memoryHost';

export function playgroundPane(workbook: MemoryWorkbook, validator?: Validator): PaneHost {
  const name = workbook.getState().name;
  return {
    host: workbook,
    workbookName: async () => name,
    activeSheet: async () => workbook.activeSheet(),
    applyFix: (fix) => workbook.applyFix(fix),
    settings: localSettingsStore(name),
    exportFormats: ['csv', 'json', 'sheet'],
    validator,
  };
}
