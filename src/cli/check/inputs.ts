/** Expands the paths given to `check` into workbook files: directories recursively (*.xlsx, no ~$ lock files). */
import { promises as fs } from 'fs';
import path from 'path';
import { cliStrings } from '../../strings/cli';

export interface Inputs {
  /** Files to check, in the order given (a directory's files sorted by path). */
  files: string[];
  /** Paths that could not be used, with a zh-CN reason. */
  problems: { file: string; error: string }[];
  /** zh-CN notes that are not errors (an empty directory). */
  notes: string[];
}

export async function collectInputs(paths: readonly string[]): Promise<Inputs> {
  const inputs: Inputs = { files: [], problems: [], notes: [] };
  const seen = new Set<string>();
  const add = (file: string) => {
    const key = path.resolve(file);
    if (seen.has(key)) return;
    seen.add(key);
    inputs.files.push(file);
  };
  for (const given of paths) {
    const stat = await fs.stat(given).catch(() => undefined);
    if (!stat) inputs.problems.push({ file: given, error: cliStrings.check.pathMissing });
    else if (stat.isDirectory()) {
      const found = await workbooksUnder(given, inputs.problems);
      if (found.length === 0) inputs.notes.push(cliStrings.check.emptyDirectory(given));
      found.forEach(add);
    } else if (stat.isFile()) add(given);
    else inputs.problems.push({ file: given, error: cliStrings.check.notAFile });
  }
  return inputs;
}

export function isWorkbookName(name: string): boolean {
  return /\.xlsx$/i.test(name) && !name.startsWith('~$');
}

/** Workbook files below `dir`; an unreadable (sub)directory becomes a problem, the rest is still searched. */
async function workbooksUnder(dir: string, problems: Inputs['problems']): Promise<string[]> {
  const entries = await fs.readdir(dir, { withFileTypes: true }).catch(() => undefined);
  if (!entries) {
    problems.push({ file: dir, error: cliStrings.check.dirUnreadable });
    return [];
  }
  const files: string[] = [];
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await workbooksUnder(full, problems)));
    else if (entry.isFile() && isWorkbookName(entry.name)) files.push(full);
  }
  return files;
}
