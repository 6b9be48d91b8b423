/** docs/rules.md is generated from the rule catalogue; this keeps the committed copy from drifting. */
import { readFileSync } from 'fs';
import path from 'path';
import { allRules } from '../../src/core/rules';
import { runCli } from './helpers';

const DOC = path.join(__dirname, '..', '..', 'docs', 'rules.md');

describe('budget-lint rules --format markdown', () => {
  it('documents every rule: id, title, default severity, what it applies to, and its docs', async () => {
    const { code, stdout } = await runCli(['rules', '--format', 'markdown']);
    expect(code).toBe(0);
    for (const rule of allRules) {
      expect(stdout).toContain(`### \`${rule.id}\` — ${rule.title}`);
      expect(stdout).toContain(rule.docs);
    }
    expect(stdout).toContain('默认级别：提示 · 适用：');
  });

  it('matches the committed docs/rules.md (regenerate: npx budget-lint rules --format markdown > docs/rules.md)', async () => {
    const { stdout } = await runCli(['rules', '--format', 'markdown']);
    expect(readFileSync(DOC, 'utf8')).toBe(stdout);
  });
});
