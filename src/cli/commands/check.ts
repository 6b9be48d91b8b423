/** `budget-lint check <files|dirs…>`: validates workbooks (optionally against a 科目目录), prints text or JSON, writes annotated copies; exit 0/1/2. */
import { promises as fs } from 'fs';
import { profiles } from '../../core/profiles';
import type { Severity } from '../../core/report/types';
import { findRule } from '../../core/rules';
import type { ValidateOptions } from '../../core/validate';
import { cliStrings } from '../../strings/cli';
import { UsageError, parseArgs, valueOf } from '../args';
import { loadCatalogueFile } from '../check/catalogue';
import { annotationTargets, checkFile } from '../check/checkFile';
import type { FileResult } from '../check/checkFile';
import { collectInputs } from '../check/inputs';
import { jsonReport } from '../check/jsonReport';
import { formatFileResult, formatTotal, totals } from '../check/textReport';
import { painter } from '../io';
import type { CliIo } from '../io';
import type { Command } from './types';

const S = cliStrings.check;
const LEVELS = ['error', 'warning', 'info', 'off'] as const;

export const checkCommand: Command = {
  name: 'check',
  summary: S.summary,
  usage: S.usage,
  async run(argv, io) {
    const args = parseArgs(argv, {
      format: { type: 'string' },
      annotate: { type: 'string' },
      profile: { type: 'string' },
      severity: { type: 'string', multiple: true },
      catalogue: { type: 'string' },
    });
    const format = valueOf(args, 'format') ?? 'text';
    if (format !== 'text' && format !== 'json') throw new UsageError(S.badFormat(format));
    if (args.positionals.length === 0) throw new UsageError(S.noInput);
    const profile = valueOf(args, 'profile');
    const profileIds = profiles.map((p) => p.id);
    if (profile !== undefined && !profileIds.includes(profile))
      throw new UsageError(S.unknownProfile(profile, profileIds));
    const validate: ValidateOptions = {
      profile,
      severity: parseSeverities(args.values.severity ?? []),
    };
    const catalogueFile = valueOf(args, 'catalogue');
    if (catalogueFile !== undefined) {
      const loaded = await loadCatalogueFile(catalogueFile);
      for (const warning of loaded.warnings) io.stderr(`${S.catalogueWarning(catalogueFile, warning)}\n`);
      if ('error' in loaded) {
        io.stderr(`${loaded.error}\n`);
        return 2;
      }
      validate.catalogue = loaded.catalogue;
    }
    const annotateDir = valueOf(args, 'annotate');
    if (annotateDir !== undefined) {
      const failure = await fs.mkdir(annotateDir, { recursive: true }).then(
        () => undefined,
        (error: Error) => error.message,
      );
      if (failure !== undefined) throw new UsageError(S.annotateDirFailed(annotateDir, failure));
    }
    const annotateTo = annotateDir === undefined ? undefined : annotationTargets(annotateDir);
    return runCheck(args.positionals, { validate, annotateTo }, format, io);
  },
};

/** Checks every input and prints the results; exported so tests can pass their own rules via `options.validate`. */
export async function runCheck(
  paths: readonly string[],
  options: Parameters<typeof checkFile>[1],
  format: 'text' | 'json',
  io: CliIo,
): Promise<number> {
  const paint = painter(io.colorStdout && format === 'text');
  const inputs = await collectInputs(paths);
  for (const note of inputs.notes) io.stderr(`${note}\n`);
  const results: FileResult[] = [...inputs.problems];
  for (const problem of inputs.problems) io.stderr(`${S.fileUnreadable(problem.file, problem.error)}\n`);

  for (const [i, file] of inputs.files.entries()) {
    if (io.stderrIsTTY) io.stderr(`\r\u001b[K${S.progress(i + 1, inputs.files.length, file)}`);
    const result = await checkFile(file, options);
    if (io.stderrIsTTY) io.stderr('\r\u001b[K');
    results.push(result);
    if ('error' in result) io.stderr(`${S.fileUnreadable(file, result.error)}\n`);
    // Text goes out file by file, so a long batch shows results as it goes.
    else if (format === 'text') io.stdout(formatFileResult(result, paint));
    else if (result.annotation && 'error' in result.annotation)
      io.stderr(`${S.annotateFailed(file, result.annotation.error)}\n`);
  }

  if (format === 'json') io.stdout(`${JSON.stringify(jsonReport(results), null, 2)}\n`);
  else io.stdout(formatTotal(results, paint));

  if (!results.some((r) => 'report' in r)) {
    io.stderr(`${S.nothingReadable}\n`);
    return 2;
  }
  return totals(results).errors > 0 ? 1 : 0;
}

/** "sum/rounding=off" … → { 'sum/rounding': 'off' }; unknown rules and levels are usage errors. */
function parseSeverities(specs: readonly string[]): Record<string, Severity | 'off'> {
  const severities: Record<string, Severity | 'off'> = {};
  for (const spec of specs) {
    const eq = spec.lastIndexOf('=');
    const id = spec.slice(0, eq).trim();
    const level = spec.slice(eq + 1).trim() as (typeof LEVELS)[number];
    if (eq <= 0 || !LEVELS.includes(level)) throw new UsageError(S.badSeverity(spec));
    if (!findRule(id)) throw new UsageError(S.unknownRule(id));
    severities[id] = level;
  }
  return severities;
}
