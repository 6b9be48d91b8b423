/** What the running Excel can do, from its requirement sets, so every newer API is used only where it exists. */
import { officeEnv, type OfficeEnv } from './env';

export interface HostCapabilities {
  /** Worksheet.protection (ExcelApi 1.2): protected sheets are known before painting. */
  canReadProtection: boolean;
  /** getUsedRange(valuesOnly) (ExcelApi 1.2): formatting alone doesn't make a sheet look huge. */
  canReadValuesOnly: boolean;
  /** *OrNullObject methods and workbook.settings (ExcelApi 1.4). */
  canUseNullObjects: boolean;
  /** Range.getMergedAreasOrNullObject (ExcelApi 1.13); without it sheets read without merges. */
  canReadMerges: boolean;
  /** Range.getCellProperties / setCellProperties (ExcelApi 1.9): fills and "no fill" read, and fills written, in bulk. */
  canUseCellProperties: boolean;
  /** Notes with the finding's message on painted cells (ExcelApi 1.18). */
  canPaintNotes: boolean;
  /** Excel.run({ mergeUndoGroup }) — one Ctrl+Z undoes a whole marking (ExcelApi 1.20). */
  canUndoGroup: boolean;
  /** Where the record of painted cells is kept so 清除标记 works after reopening. */
  stateStore: 'workbook' | 'document' | 'none';
  canStoreState: boolean;
  /** Worksheet.onChanged (ExcelApi 1.7): edits re-check in the background (边改边查). */
  canWatchChanges: boolean;
  /** Worksheet.visibility can be set (ExcelApi 1.2): the 出错说明 sheet is very hidden. */
  canHideSheets: boolean;
  /** Template rendering extras. */
  canMerge: boolean;
  canFreezePanes: boolean;
  canValidateData: boolean;
  canSetupPrint: boolean;
}

export function hostCapabilities(env: OfficeEnv = officeEnv()): HostCapabilities {
  const excel = (version: string) => env.isSetSupported('ExcelApi', version);
  const stateStore = excel('1.4') ? 'workbook' : env.documentSettings ? 'document' : 'none';
  return {
    canReadProtection: excel('1.2'),
    canReadValuesOnly: excel('1.2'),
    canUseNullObjects: excel('1.4'),
    canReadMerges: excel('1.13'),
    canUseCellProperties: excel('1.9'),
    canPaintNotes: excel('1.18'),
    canUndoGroup: excel('1.20'),
    stateStore,
    canStoreState: stateStore !== 'none',
    canWatchChanges: excel('1.7'),
    canHideSheets: excel('1.2'),
    canMerge: excel('1.2'),
    canFreezePanes: excel('1.7'),
    canValidateData: excel('1.8'),
    canSetupPrint: excel('1.9'),
  };
}
