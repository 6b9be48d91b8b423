/** `budget-lint new <template|all> --out FILE.xlsx`: writes a template as a new workbook, never over an existing file unless --force. */
import { existsSync } from 'fs';
import path from 'path';
import { buildTemplate, findTemplate } from '../../core/templates/catalog';
import type { TemplateOptions } from '../../core/templates/options';
import { cliStrings } from '../../strings/cli';
import { templateCliStrings } from '../../strings/templates';
import { writeDrafts } from '../../xlsx/write';
import { UsageError, parseArgs, valueOf } from '../args';
import type { Command } from './types';

const S = templateCliStrings.new;

export const newCommand: Command = {
  name: 'new',
  summary: S.summary,
  usage: S.usage,
  async run(argv, io) {
    const args = parseArgs(argv, {
      out: { type: 'string', short: 'o' },
      force: { type: 'flag' },
      'unit-name': { type: 'string' },
      year: { type: 'string' },
      unit: { type: 'string' },
      projects: { type: 'string' },
      'indicator-rows': { type: 'string' },
      'code-rows': { type: 'string' },
    });
    const [id, extra] = args.positionals;
    if (!id) throw new UsageError(S.missingTemplate);
    if (extra !== undefined) throw new UsageError(cliStrings.unexpectedArgument(extra));
    if (!findTemplate(id)) throw new UsageError(S.unknownTemplate(id));
    const out = valueOf(args, 'out');
    if (!out) throw new UsageError(S.missingOut);
    if (!/\.xlsx$/i.test(out)) throw new UsageError(S.notXlsx(out));
    const target = path.resolve(io.cwd, out);
    if (existsSync(target) && !args.flags.has('force')) {
      io.stderr(`${S.exists(out)}\n`);
      return 2;
    }

    // exceljs is loaded here, at use: the CLI's other commands (check above all) never pay for it.
    const { default: ExcelJS } = await import('exceljs');
    const workbook = new ExcelJS.Workbook();
    const names = writeDrafts(workbook, buildTemplate(id, optionsOf(args)));
    try {
      await workbook.xlsx.writeFile(target);
    } catch (error) {
      io.stderr(`${S.writeFailed(out, error instanceof Error ? error.message : String(error))}\n`);
      return 2;
    }
    io.stdout(`${S.written(out, names)}\n`);
    return 0;
  },
};

function optionsOf(args: ReturnType<typeof parseArgs>): TemplateOptions {
  const yearText = valueOf(args, 'year');
  if (yearText !== undefined && !/^\d{4}$/.test(yearText)) throw new UsageError(S.badYear(yearText));
  const unit = valueOf(args, 'unit') ?? '万元';
  if (unit !== '万元' && unit !== '元') throw new UsageError(S.badUnit(unit));
  return {
    unitName: valueOf(args, 'unit-name')?.trim() ?? '',
    year: yearText ? Number(yearText) : new Date().getFullYear(),
    unit,
    projects: count(args, 'projects'),
    indicatorRows: count(args, 'indicator-rows'),
    codeRows: count(args, 'code-rows'),
  };
}

function count(args: ReturnType<typeof parseArgs>, name: string): number | undefined {
  const text = valueOf(args, name);
  if (text === undefined) return undefined;
  if (!/^[1-9]\d{0,3}$/.test(text)) throw new UsageError(S.badCount(`--${name}`, text));
  return Number(text);
}
