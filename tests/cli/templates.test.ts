/** `budget-lint new` and `budget-lint templates`: every template, written by the CLI and checked by the CLI. */
import { readFileSync, statSync, writeFileSync } from 'fs';
import path from 'path';
import { listTemplates } from '../../src/core/templates/catalog';
import { runCli, tempDir } from './helpers';

interface CheckJson {
  files: { tables: { sheet: string; kind: string }[]; findings: { ruleId: string; severity: string }[] }[];
}

describe('budget-lint templates', () => {
  it('lists every template id with its name', async () => {
    const { code, stdout } = await runCli(['templates']);
    expect(code).toBe(0);
    for (const t of listTemplates()) expect(stdout).toContain(`${t.id}`);
    expect(stdout).toContain('全套部门预算公开表');
    const json = JSON.parse((await runCli(['templates', '--format', 'json'])).stdout) as { templates: unknown[] };
    expect(json.templates).toHaveLength(listTemplates().length);
  });
});

describe('budget-lint new', () => {
  const { dir, cleanup } = tempDir();
  afterAll(cleanup);

  it.each(listTemplates().map((t) => [t.id, t] as const))(
    '%s: the generated file checks as its kind, with no errors but its empty 必填 indicators',
    async (id, template) => {
      const out = path.join(dir, `${id}.xlsx`);
      const made = await runCli(['new', id, '--out', out, '--unit-name', '平乡县财政局', '--year', '2025']);
      expect(made.code).toBe(0);
      expect(made.stdout).toContain('已生成');
      const checked = await runCli(['check', out, '--format', 'json']);
      const [file] = (JSON.parse(checked.stdout) as CheckJson).files;
      const kinds = new Set(file.tables.map((t) => t.kind));
      if (template.kind) expect([...kinds]).toEqual([template.kind]);
      else expect(file.tables).toHaveLength(9);
      const errors = file.findings.filter((f) => f.severity === 'error');
      const allowed = template.kind === 'performance.project' ? ['indicator/required-missing'] : [];
      expect(errors.filter((f) => !allowed.includes(f.ruleId))).toEqual([]);
      expect(checked.code).toBe(errors.length > 0 ? 1 : 0);
    },
  );

  it('refuses to overwrite an existing file unless --force', async () => {
    const out = path.join(dir, 'existing.xlsx');
    writeFileSync(out, 'keep me');
    const refused = await runCli(['new', 'budget-summary', '--out', out]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('--force');
    expect(readFileSync(out, 'utf8')).toBe('keep me');
    const forced = await runCli(['new', 'budget-summary', '--out', out, '--force']);
    expect(forced.code).toBe(0);
    expect(statSync(out).size).toBeGreaterThan(1000);
  });

  it.each([
    [['new'], '模板 id'],
    [['new', 'nope', '--out', 'x.xlsx'], '没有 id 为“nope”的模板'],
    [['new', 'all'], '--out'],
    [['new', 'all', '--out', 'x.csv'], '.xlsx'],
    [['new', 'all', '--out', 'x.xlsx', '--unit', '千元'], '--unit'],
    [['new', 'all', '--out', 'x.xlsx', '--year', '25'], '--year'],
    [['new', 'performance-hebei', '--out', 'x.xlsx', '--projects', '0'], '--projects'],
  ])('bad usage %j exits 2 naming the problem', async (argv, message) => {
    const { code, stderr } = await runCli(argv);
    expect(code).toBe(2);
    expect(stderr).toContain(message);
  });
});
