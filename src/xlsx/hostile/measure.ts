/**
 * Node only, for the benchmark (`npm run bench`): the reader against a bare exceljs load of one file, each
 * read in a fresh process (wall and CPU time, the process's peak RSS).
 * Figures are printed, never asserted.
 */
import { execFileSync } from 'child_process';
import { readFileSync } from 'fs';

export interface ReadMeasure {
  /** Wall and CPU milliseconds of the read alone (the process start and the file load excluded). */
  ms: number;
  cpuMs: number;
  /** Peak resident memory of the reading process (Node itself included), in MB. */
  peakRssMb: number;
  /** "grids: N sheets, W warnings" or "refused: code". */
  outcome: string;
}

/** The streaming reader against exceljs's load of the same file, each in a fresh process. */
export function compareWithExceljs(file: string): { reader: ReadMeasure; exceljs: ReadMeasure; ratio: number } {
  const reader = inChild(['reader', file, '{}']);
  const exceljs = inChild(['exceljs', file, '{}']);
  return { reader, exceljs, ratio: reader.ms / exceljs.ms };
}

function inChild(args: string[]): ReadMeasure {
  const out = execFileSync(process.execPath, [__filename, ...args], { encoding: 'utf8', maxBuffer: 1 << 24 });
  return JSON.parse(out.trim().split('\n').pop()!) as ReadMeasure;
}

async function measureHere(kind: string, file: string, limits: string): Promise<ReadMeasure> {
  const bytes = readFileSync(file);
  // Load the code first, so only the read itself is measured.
  const { readWorkbook } = await import('../reader');
  const { zlibInflateRaw } = await import('./../reader/file');
  const ExcelJS = kind === 'exceljs' ? (await import('exceljs')).default : undefined;
  const cpu = process.cpuUsage();
  const started = process.hrtime.bigint();
  let outcome: string;
  try {
    if (ExcelJS) {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
      outcome = `grids: ${workbook.worksheets.length} sheets`;
    } else {
      const read = readWorkbook(bytes, JSON.parse(limits), zlibInflateRaw);
      const warnings = read.warnings.length + read.grids.reduce((n, g) => n + (g.readWarnings?.length ?? 0), 0);
      outcome = `grids: ${read.grids.length} sheets, ${warnings} warnings`;
    }
  } catch (error) {
    outcome = `refused: ${(error as { code?: string }).code ?? (error as Error).message}`;
  }
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const used = process.cpuUsage(cpu);
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  return { ms, cpuMs: (used.user + used.system) / 1000, peakRssMb, outcome };
}

if (require.main === module) {
  const [kind, file, limits] = process.argv.slice(2);
  void measureHere(kind, file, limits).then((m) => process.stdout.write(`${JSON.stringify(m)}\n`));
}
