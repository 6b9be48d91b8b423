/** `budget-lint templates`: the templates `budget-lint new` can write, grouped, with id, name and description. */
import { listTemplates, TEMPLATE_GROUPS } from '../../core/templates/catalog';
import { templateCliStrings } from '../../strings/templates';
import { UsageError, parseArgs, valueOf } from '../args';
import { cliStrings } from '../../strings/cli';
import type { Command } from './types';

const S = templateCliStrings.templates;

export const templatesCommand: Command = {
  name: 'templates',
  summary: S.summary,
  usage: S.usage,
  async run(argv, io) {
    const args = parseArgs(argv, { format: { type: 'string' } });
    const format = valueOf(args, 'format') ?? 'text';
    if (format !== 'text' && format !== 'json') throw new UsageError(S.badFormat(format));
    if (args.positionals.length > 0) throw new UsageError(cliStrings.unexpectedArgument(args.positionals[0]));
    const templates = listTemplates();
    if (format === 'json') {
      io.stdout(`${JSON.stringify({ templates }, null, 2)}\n`);
      return 0;
    }
    const idWidth = Math.max(...templates.map((t) => t.id.length));
    const lines = [S.header(templates.length)];
    for (const group of TEMPLATE_GROUPS) {
      lines.push('', `${S.groups[group]}：`);
      for (const t of templates.filter((x) => x.group === group))
        lines.push(`  ${t.id.padEnd(idWidth)}  ${t.name} — ${t.description}`);
    }
    io.stdout(`${lines.join('\n')}\n`);
    return 0;
  },
};
