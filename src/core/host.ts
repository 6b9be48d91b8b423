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
}
