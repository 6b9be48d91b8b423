/** `budget-lint rules`: rule ids, default severities and titles by family, then the regional profiles. */
import { profiles } from '../../core/profiles';
import { allRules } from '../../core/rules';
import type { Rule } from '../../core/rules/types';
import { RULE_FAMILY_TITLES, SEVERITY_LABELS, cliStrings } from '../../strings/cli';
import { UsageError, parseArgs, valueOf } from '../args';
import { rulesMarkdown } from '../rulesMarkdown';
import type { Command } from './types';

const S = cliStrings.rules;

export const rulesCommand: Command = {
  name: 'rules',
  summary: S.summary,
  usage: S.usage,
  async run(argv, io) {
    const args = parseArgs(argv, { format: { type: 'string' } });
    const format = valueOf(args, 'format') ?? 'text';
    if (format !== 'text' && format !== 'json' && format !== 'markdown')
      throw new UsageError(cliStrings.check.badFormat(format));
    if (args.positionals.length > 0) throw new UsageError(cliStrings.unexpectedArgument(args.positionals[0]));
    if (format === 'json') {
      const rules = allRules.map(({ id, severity, title, docs, appliesTo }) => ({
        id,
        severity,
        title,
        docs,
        appliesTo,
      }));
      io.stdout(`${JSON.stringify({ rules, profiles }, null, 2)}\n`);
      return 0;
    }
    io.stdout(format === 'markdown' ? rulesMarkdown(allRules, profiles) : formatRules(allRules));
    return 0;
  },
};

function formatRules(rules: readonly Rule[]): string {
  const lines = [rules.length === 0 ? S.none : S.header(rules.length)];
  const families = new Map<string, Rule[]>();
  for (const rule of rules) {
    const family = rule.id.split('/')[0];
    families.set(family, [...(families.get(family) ?? []), rule]);
  }
  const idWidth = Math.max(0, ...rules.map((r) => r.id.length));
  for (const [family, members] of families) {
    lines.push('', S.family(family, RULE_FAMILY_TITLES[family] ?? ''));
    for (const rule of members)
      lines.push(`  ${rule.id.padEnd(idWidth)}  ${SEVERITY_LABELS[rule.severity]}  ${rule.title}`);
  }
  lines.push('', S.profilesHeader);
  const nameWidth = Math.max(...profiles.map((p) => p.id.length));
  for (const profile of profiles) lines.push(`  ${profile.id.padEnd(nameWidth)}  ${profile.name}`);
  return `${lines.join('\n')}\n`;
}
