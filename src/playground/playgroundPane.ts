/** The pane's view of the playground: the memory workbook as host, settings in localStorage, file downloads. */
import type { PaneHost } from '../taskpane/paneHost';
import { localSettingsStore } from '../taskpane/settings/localStore';
import type { MemoryWorkbook } from './host/memoryHost';

export function playgroundPane(workbook: MemoryWorkbook): PaneHost {
  const name = workbook.getState().name;
  return {
    host: workbook,
    workbookName: async () => name,
    activeSheet: async () => workbook.activeSheet(),
    applyFix: (fix) => workbook.applyFix(fix),
    settings: localSettingsStore(name),
    exportFormats: ['csv', 'json', 'sheet'],
  };
}
