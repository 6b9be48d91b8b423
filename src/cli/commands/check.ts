/** `budget-lint check <files|dirs…>`: validates workbooks (optionally against a 科目目录), prints text, JSON or JSON lines, writes annotated copies; exit 0/1/2. */
import { promises as fs } from 'fs';
import os from 'os';
import { profiles } from '../../core/profiles';
import type { Severity } from '../../core/report/types';
import { findRule } from '../../core/rules';
import type { ValidateOptions } from '../../core/validate';
import { MAX_JOBS, cliStrings } from '../../strings/cli';
import { UsageError, parseArgs, valueOf } from '../args';
import { loadCatalogueFile } from '../check/catalogue';
import { annotationTargets, checkFile } from '../check/checkFile';
import type { CheckOptions, CheckTask, FileResult } from '../check/checkFile';
import { plainReason } from '../check/describe';
import { collectInputs, parseShard, shardOf } from '../check/inputs';
import { jsonFile, jsonLine, jsonReport, summaryLine } from '../check/jsonReport';
import { runInOrder } from '../check/ordered';
import { oneLine } from '../check/safeText';
import { addToTally, emptyTally } from '../check/tally';
import { formatFileResult, formatTotal } from '../check/textReport';
import { WorkerPool, workerScript } from '../check/workers';
import { painter } from '../io';
import type { CliIo } from '../io';
import type { Command } from './types';

const S = cliStrings.check;
const LEVELS = ['error', 'warning', 'info', 'off'] as const;
const FORMATS = ['text', 'json', 'jsonl'] as const;
export type CheckFormat = (typeof FORMATS)[number];

export const checkCommand: Command = {
  name: 'check',
  summary: S.summary,
  usage: S.usage,
  async run(argv, io) {
    const args = parseArgs(argv, {
      format: { type: 'string' },
      annotate: { type: 'string' },
      force: { type: 'flag' },
      jobs: { type: 'string', short: 'j' },
      shard: { type: 'string' },
      profile: { type: 'string' },
      severity: { type: 'string', multiple: true },
      catalogue: { type: 'string' },
    });
    const format = (valueOf(args, 'format') ?? 'text') as CheckFormat;
    if (!FORMATS.includes(format)) throw new UsageError(S.badFormat(format));
    if (args.positionals.length === 0) throw new UsageError(S.noInput);
    const jobsText = valueOf(args, 'jobs');
    const jobs = jobsText === undefined ? os.availableParallelism() : Number(jobsText);
    if (!Number.isInteger(jobs) || jobs < 1 || jobs > MAX_JOBS) throw new UsageError(S.badJobs(jobsText ?? ''));
    const shardText = valueOf(args, 'shard');
    const shard = shardText === undefined ? undefined : parseShard(shardText);
    if (shardText !== undefined && !shard) throw new UsageError(S.badShard(shardText));
    const profile = valueOf(args, 'profile');
    const profileIds = profiles.map((p) => p.id);
    if (profile !== undefined && !profileIds.includes(profile))
      throw new UsageError(S.unknownProfile(profile, profileIds));
    const validate: ValidateOptions = {
      profile,
      severity: parseSeverities(args.values.severity ?? []),
    };
    const annotateDir = valueOf(args, 'annotate');
    if (args.flags.has('force') && annotateDir === undefined) throw new UsageError(S.forceWithoutAnnotate);
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
    if (annotateDir !== undefined) {
      const failure = await fs.mkdir(annotateDir, { recursive: true }).then(
        () => undefined,
        (error: unknown) => plainReason(error),
      );
      if (failure !== undefined) throw new UsageError(S.annotateDirFailed(annotateDir, failure));
    }
    return runCheck(
      args.positionals,
      {
        validate,
        annotate: annotateDir === undefined ? undefined : { dir: annotateDir, force: args.flags.has('force') },
        format,
        jobs,
        shard,
      },
      io,
    );
  },
};

export interface RunCheckOptions {
  validate: ValidateOptions;
  annotate?: { dir: string; force: boolean };
  format: CheckFormat;
  /** Files checked at once; more than 1 uses worker threads (the compiled build). */
  jobs?: number;
  shard?: { index: number; count: number };
}

/** Checks every input and prints the results in input order; exported so tests can pass their own rules. */
export async function runCheck(paths: readonly string[], options: RunCheckOptions, io: CliIo): Promise<number> {
  const { format } = options;
  const paint = painter(io.colorStdout && format === 'text');
  const inputs = await collectInputs(paths);
  for (const note of inputs.notes) io.stderr(`${oneLine(note)}\n`);

  type Entry = { file: string; problem?: string; task?: CheckTask };
  const targetOf = options.annotate && annotationTargets(options.annotate.dir);
  let entries: Entry[] = inputs.entries.map((input) =>
    'error' in input
      ? { file: input.file, problem: input.error }
      : { file: input.file, task: { file: input.file, target: targetOf?.(input.file) } },
  );
  if (options.shard) {
    const total = entries.length;
    entries = shardOf(entries, options.shard);
    if (entries.length === 0) {
      io.stderr(`${S.emptyShard(`${options.shard.index}/${options.shard.count}`, total)}\n`);
      if (format === 'jsonl') io.stdout(jsonLine(summaryLine(emptyTally())));
      else if (format === 'json') io.stdout(`${JSON.stringify(jsonReport([]), null, 2)}\n`);
      else io.stdout(formatTotal(emptyTally(), paint));
      return 0;
    }
  }

  const check: CheckOptions = {
    validate: options.validate,
    annotate: options.annotate && {
      force: options.annotate.force,
      inputs: new Set(inputs.entries.flatMap((input) => ('identity' in input ? [input.identity] : []))),
    },
  };
  const tasks = entries.filter((e) => e.task).length;
  // Rules passed in by tests are functions and cannot cross to a worker thread; one file needs no pool.
  const script = (options.jobs ?? 1) > 1 && tasks > 1 && !options.validate.rules ? workerScript() : undefined;
  const pool = script === undefined ? undefined : new WorkerPool(Math.min(options.jobs!, tasks), script, check);
  // Progress goes to stderr on a terminal only, cleared before each result so the two never interleave.
  const progress = io.stderrIsTTY ? (text: string) => io.stderr(`\r\u001b[K${text}`) : undefined;
  let status = '';
  let done = 0;
  // Only --format json needs every result at the end; text and jsonl keep counts, so batches of any size fit.
  const results: FileResult[] = [];
  const tally = emptyTally();
  const emit = (result: FileResult) => {
    progress?.('');
    addToTally(tally, result);
    if (format === 'json') results.push(result);
    if ('error' in result) io.stderr(`${S.fileUnreadable(oneLine(result.file), oneLine(result.error))}\n`);
    else if (format === 'text') io.stdout(formatFileResult(result, paint));
    else if (result.annotation && 'error' in result.annotation)
      io.stderr(`${S.annotateFailed(oneLine(result.file), oneLine(result.annotation.error))}\n`);
    if (format === 'jsonl') io.stdout(jsonLine({ type: 'file', ...jsonFile(result) }));
    progress?.(status);
  };
  try {
    await runInOrder(
      entries,
      pool ? options.jobs! : 1,
      async (entry): Promise<FileResult> => {
        if (!entry.task) return { file: entry.file, error: entry.problem! };
        const result = pool ? await pool.check(entry.task) : await checkFile(entry.task, check);
        status = S.progress(++done, tasks);
        progress?.(status);
        return result;
      },
      emit,
    );
  } finally {
    progress?.('');
    await pool?.close();
  }

  if (format === 'json') io.stdout(`${JSON.stringify(jsonReport(results), null, 2)}\n`);
  else if (format === 'jsonl') io.stdout(jsonLine(summaryLine(tally)));
  else io.stdout(formatTotal(tally, paint));

  if (tally.files === tally.unreadable) {
    io.stderr(`${S.nothingReadable}\n`);
    return 2;
  }
  return tally.errors > 0 ? 1 : 0;
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
