/** Pane settings saved in the workbook through Office.context.document.settings (every Excel since 2013). */
import { paneStrings } from '../../strings/pane';
import { parseSettings, SETTINGS_KEY, type PaneSettings, type SettingsStore } from '../settings/settings';

export function officeSettingsStore(settings: Office.Settings): SettingsStore {
  return {
    load: () => parseSettings(settings.get(SETTINGS_KEY)),
    save(next: PaneSettings) {
      settings.set(SETTINGS_KEY, JSON.stringify(next));
      return new Promise<void>((resolve, reject) =>
        settings.saveAsync((result) =>
          result.status === Office.AsyncResultStatus.Succeeded
            ? resolve()
            : reject(new Error(result.error?.message ?? paneStrings.errors.settings)),
        ),
      );
    },
    savedMessage: paneStrings.settings.saved,
  };
}
