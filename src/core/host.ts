/** The interface every host (Office.js, browser playground, CLI) implements; the core never calls it. */
import type { Explanation } from './explanations';
import type { SheetGrid } from './grid/types';
import type { Report } from './report/types';
import type { SheetDraft } from './templates/draft';

export interface ReadOptions {
  /** Only these sheets (e.g. the active one); all sheets when absent. */
  sheets?: string[];
  /** Progress while reading: done / total sheets. */
  onProgress?(done: number, total: number): void;
}

export interface PaintResult {
  painted: number;
  /** zh-CN notes: sheets that could not be painted (protected …) and why. */
  skipped: string[];
}

/** An edit the host saw: the sheet and the A1 address (a cell or a range) that changed. */
export interface CellChange {
  sheet: string;
  address: string;
}

export interface WorkbookHost {
  readGrids(options?: ReadOptions): Promise<SheetGrid[]>;
  /** Fills + notes by severity, remembering each cell's original fill. */
  paint(report: Report): Promise<PaintResult>;
  /** Restores the remembered fills exactly; leaves cells the user re-coloured since. */
  clear(): Promise<void>;
  select(sheet: string, cell: string): Promise<void>;
  /** Inserts new sheets (never overwriting); returns the names used. */
  insert(drafts: SheetDraft[]): Promise<string[]>;
  /** Stores the workbook's 出错说明 (src/core/explanations.ts), replacing the list stored before. */
  writeExplanations(explanations: readonly Explanation[]): Promise<void>;
  /**
   * Calls `listener` with the user's edits until the returned function stops it; absent where the host
   * has no change events (Excel before ExcelApi 1.7), so live checking is off there.
   */
  watchChanges?(listener: (changes: CellChange[]) => void): Promise<() => Promise<void>>;
}
