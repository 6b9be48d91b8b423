/** Checks one workbook file: read (one swappable call), validate with the core, optionally write an annotated copy. */
import path from 'path';
import type { Report } from '../../core/report/types';
import { validateWorkbook } from '../../core/validate';
import type { ValidateOptions } from '../../core/validate';
import { cliStrings } from '../../strings/cli';
import { writeAnnotatedCopy } from './annotateCopy';
import type { AnnotatePolicy, AnnotationResult } from './annotateCopy';
import { plainReason } from './describe';
import { readForCheck } from './read';

export type FileResult =
  { file: string; report: Report; annotation?: AnnotationResult } | { file: string; error: string };

export interface CheckOptions {
  validate: ValidateOptions;
  /** Set when annotated copies are written (`--annotate`). */
  annotate?: AnnotatePolicy;
}

/** One file to check and, with --annotate, where its copy goes. Plain data: it crosses to worker threads. */
export interface CheckTask {
  file: string;
  target?: string;
}

export async function checkFile(task: CheckTask, options: CheckOptions): Promise<FileResult> {
  const { file } = task;
  let read;
  let report: Report;
  try {
    read = await readForCheck(file);
  } catch (error) {
    return { file, error: plainReason(error) };
  }
  // A zip that is not a workbook, or a workbook of chart sheets only, has nothing to check: that is no pass.
  if (read.grids.length === 0) return { file, error: cliStrings.check.noSheetsError };
  try {
    report = validateWorkbook(read.grids, options.validate);
    report.warnings.unshift(...read.warnings);
  } catch {
    // The core turns a failing builder or rule into a warning; this is for anything beyond that.
    return { file, error: cliStrings.check.validateFailed };
  }
  if (!options.annotate || task.target === undefined) return { file, report };
  const annotation = await writeAnnotatedCopy(read.forWriting, report.findings, task.target, options.annotate);
  return { file, report, annotation };
}

/** Unique target paths in `dir` with each input's own file name ("a.xlsx", then "a (2).xlsx" for a second a.xlsx). */
export function annotationTargets(dir: string): (file: string) => string {
  const used = new Set<string>();
  return (file) => {
    const { name, ext } = path.parse(file);
    let candidate = path.join(dir, `${name}${ext}`);
    for (let n = 2; used.has(candidate.toLowerCase()); n++) candidate = path.join(dir, `${name} (${n})${ext}`);
    used.add(candidate.toLowerCase());
    return candidate;
  };
}
