/** Boots the pane inside Excel: the Office.js host, settings in the document, Office's light or dark theme. */
import { webDarkTheme, webLightTheme } from '@fluentui/react-components';
import type { Root } from 'react-dom/client';
import { launchAction } from '../../commands/launch';
import { createOfficeHost } from '../../excel/host';
import { App } from '../App';
import type { PaneHost } from '../paneHost';
import { activeSheetName, documentName, officeThemeIsDark } from './officeEnvironment';
import { officeSettingsStore } from './officeSettings';

export function bootOffice(root: Root): void {
  const host = createOfficeHost();
  const pane: PaneHost = {
    host,
    workbookName: async () => documentName(Office.context.document.url),
    activeSheet: activeSheetName,
    applyFix: async (fix) => {
      await host.applyFix(fix);
    },
    settings: officeSettingsStore(Office.context.document.settings),
    // Downloads are unreliable inside Office's web views: the report goes into the workbook.
    exportFormats: ['sheet'],
    validateOnOpen: launchAction(window.location.search) === 'validate',
  };
  root.render(<App pane={pane} theme={officeThemeIsDark() ? webDarkTheme : webLightTheme} />);
}
