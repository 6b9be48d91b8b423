/** Playground settings, kept per workbook name in the browser's localStorage. */
import { paneStrings } from '../../strings/pane';
import { parseSettings, SETTINGS_KEY, type PaneSettings, type SettingsStore } from './settings';

export function localSettingsStore(workbookName: string): SettingsStore {
  const key = `${SETTINGS_KEY}:${workbookName}`;
  return {
    load: () => parseSettings(readStorage(key)),
    async save(settings: PaneSettings) {
      window.localStorage.setItem(key, JSON.stringify(settings));
    },
    savedMessage: paneStrings.settings.savedLocal,
  };
}

function readStorage(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    // Storage can be disabled (private mode, policies): start from defaults.
    return null;
  }
}
