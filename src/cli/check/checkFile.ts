/** Checks one workbook file: read with the streaming reader, validate with the core, optionally write an annotated copy. */
import path from 'path';
import type { Report } from '../../core/report/types';
import { validateWorkbook } from '../../core/validate';
import type { ValidateOptions } from '../../core/validate';
import { cliStrings } from '../../strings/cli';
import { annotateWorkbook } from '../../xlsx/annotate';
import { readWorkbookPath } from '../../xlsx/read';

export type FileResult =
  | { file: string; report: Report; annotation?: { target: string; painted: number } | { error: string } }
  | { file: string; error: string };

export interface CheckFileOptions {
  validate: ValidateOptions;
  /** Where the annotated copy goes, or undefined for no copy. */
  annotateTo?(file: string): string;
}

export async function checkFile(file: string, options: CheckFileOptions): Promise<FileResult> {
  let read;
  let report: Report;
  try {
    read = await readWorkbookPath(file);
  } catch (error) {
    return { file, error: describe(error) };
  }
  try {
    report = validateWorkbook(read.grids, options.validate);
    report.warnings.unshift(...read.warnings);
  } catch (error) {
    // The core turns a failing builder or rule into a warning; this is for anything beyond that.
    return { file, error: cliStrings.check.validateFailed(describe(error)) };
  }
  if (!options.annotateTo) return { file, report };
  const target = options.annotateTo(file);
  if (path.resolve(target) === path.resolve(file))
    return { file, report, annotation: { error: cliStrings.check.annotateIsInput } };
  try {
    // Only an annotated copy needs exceljs (to write the workbook back); load it now, not for checking.
    const { loadEditableWorkbook } = await import('../../xlsx/editable');
    const workbook = await loadEditableWorkbook(file);
    const { painted } = annotateWorkbook(workbook, report.findings);
    await workbook.xlsx.writeFile(target);
    return { file, report, annotation: { target, painted } };
  } catch (error) {
    return { file, report, annotation: { error: describe(error) } };
  }
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

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
