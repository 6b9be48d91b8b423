/** Running counts of a check run — all the summary line and the exit code need, so no report is kept for them. */
import type { FileResult } from './checkFile';

export interface Tally {
  files: number;
  unreadable: number;
  errors: number;
  warnings: number;
  infos: number;
}

export function emptyTally(): Tally {
  return { files: 0, unreadable: 0, errors: 0, warnings: 0, infos: 0 };
}

export function addToTally(tally: Tally, result: FileResult): void {
  tally.files++;
  if ('error' in result) tally.unreadable++;
  else {
    tally.errors += result.report.summary.errors;
    tally.warnings += result.report.summary.warnings;
    tally.infos += result.report.summary.infos;
  }
}

export function tallyOf(results: readonly FileResult[]): Tally {
  const tally = emptyTally();
  for (const result of results) addToTally(tally, result);
  return tally;
}
