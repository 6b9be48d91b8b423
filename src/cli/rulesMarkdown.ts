/** The rule catalogue as Markdown (`budget-lint rules --format markdown`), the source of docs/rules.md. */
import { SHAPE_LABELS, type Rule } from '../core';
import { RULE_FAMILY_TITLES, SEVERITY_LABELS, cliStrings } from '../strings/cli';

const S = cliStrings.rules.markdown;

interface ProfileSummary {
  id: string;
  name: string;
  description: string;
}

export function rulesMarkdown(rules: readonly Rule[], profiles: readonly ProfileSummary[]): string {
  const lines = [S.title, '', S.intro, ''];
  const families = new Map<string, Rule[]>();
  for (const rule of rules) {
    const family = rule.id.split('/')[0];
    families.set(family, [...(families.get(family) ?? []), rule]);
  }
  for (const [family, members] of families) {
    lines.push(`## ${family}/* — ${RULE_FAMILY_TITLES[family] ?? ''}`, '');
    for (const rule of members) {
      lines.push(`### \`${rule.id}\` — ${rule.title}`, '');
      lines.push(`${S.severity}：${SEVERITY_LABELS[rule.severity]} · ${S.appliesTo}：${appliesTo(rule)}`, '');
      lines.push(rule.docs, '');
    }
  }
  lines.push(`## ${S.profiles}`, '');
  for (const profile of profiles) lines.push(`- \`${profile.id}\` ${profile.name}：${profile.description}`);
  return `${lines.join('\n')}\n`;
}

function appliesTo(rule: Rule): string {
  if (rule.appliesTo === 'workbook') return S.wholeWorkbook;
  return rule.appliesTo.map((shape) => SHAPE_LABELS[shape]).join('、');
}
