/** What the pane needs from where it runs (Excel or the playground), beyond the WorkbookHost itself. */
import type { WorkbookHost } from '../core/host';
import type { Fix } from '../core/report/types';
import type { SettingsStore } from './settings/settings';
import type { Validator } from './validation/validator';

/** 'sheet' inserts a 校验报告 sheet; 'csv'/'json' download a file (only where downloads work). */
export type ExportFormat = 'sheet' | 'csv' | 'json';

export interface PaneHost {
  host: WorkbookHost;
  workbookName(): Promise<string>;
  /** The sheet the user is looking at, for "当前工作表". */
  activeSheet(): Promise<string>;
  /** Applies a finding's quick fix; absent where the host cannot. */
  applyFix?(fix: Fix): Promise<void>;
  settings: SettingsStore;
  exportFormats: readonly ExportFormat[];
  /** Set when the pane was opened by the ribbon's 校验工作簿 button: validate at once. */
  validateOnOpen?: boolean;
  /** A validator the host has ready (the playground's parser, holding the grids); else the pane makes one. */
  validator?: Validator;
}
