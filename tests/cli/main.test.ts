/** Dispatch, help, version and bad usage: exit codes and zh-CN messages, never a stack trace. */
import { readFileSync } from 'fs';
import path from 'path';
import { profiles } from '../../src/core/profiles';
import { allRules } from '../../src/core/rules';
import { PINGXIANG, runCli } from './helpers';

const version = (
  JSON.parse(readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8')) as { version: string }
).version;

describe('budget-lint dispatch', () => {
  it('prints the help with every command on --help, exit 0', async () => {
    const { code, stdout } = await runCli(['--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('用法：budget-lint <命令>');
    expect(stdout).toMatch(/check\s+校验/);
    expect(stdout).toMatch(/rules\s+列出/);
  });

  it('prints the package version on --version', async () => {
    expect(await runCli(['--version'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('exits 2 with the help on stderr when no command is given', async () => {
    const { code, stdout, stderr } = await runCli([]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('请指定命令');
  });

  it('exits 2 on an unknown command', async () => {
    const { code, stderr } = await runCli(['chek', 'a.xlsx']);
    expect(code).toBe(2);
    expect(stderr).toContain('未知命令：chek');
  });

  it('prints a command’s usage on <command> --help', async () => {
    const { code, stdout } = await runCli(['check', '--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('--annotate <目录>');
  });
});

describe('check: bad usage exits 2 with a hint', () => {
  it.each([
    [['check'], '请指定要校验的'],
    [['check', PINGXIANG, '--format', 'xml'], '--format 只能是 text、json 或 jsonl'],
    [['check', PINGXIANG, '--format'], '选项 --format 需要一个值'],
    [['check', PINGXIANG, '--colour'], '未知选项：--colour'],
    [['check', PINGXIANG, '--severity', 'sum/hierarchy'], '--severity 的写法是'],
    [['check', PINGXIANG, '--severity', 'sum/hierarchy=fatal'], '--severity 的写法是'],
    [['check', PINGXIANG, '--severity', 'no/such-rule=off'], '没有 id 为“no/such-rule”的规则'],
    [['check', PINGXIANG, '--format', 'json', '--format', 'text'], '只能指定一次'],
    [
      ['check', PINGXIANG, '--profile', 'atlantis'],
      `没有 id 为“atlantis”的地区配置；可选：${profiles.map((p) => p.id).join('、')}`,
    ],
  ])('%j', async (argv, message) => {
    const { code, stdout, stderr } = await runCli(argv);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(message);
    expect(stderr).toContain('budget-lint check --help');
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});

describe('rules', () => {
  it('lists every rule with its severity and title under its family, then the profiles; exit 0', async () => {
    const { code, stdout } = await runCli(['rules']);
    expect(code).toBe(0);
    expect(stdout).toContain(`共 ${allRules.length} 条规则：`);
    expect(stdout).toMatch(/\nsum\/\* {2}金额勾稽\n {2}sum\/hierarchy +错误 +上级科目金额应等于下级科目之和\n/);
    const lines = stdout.split('\n');
    for (const rule of allRules) {
      const line = lines.find((l) => l.startsWith(`  ${rule.id} `));
      expect(line?.endsWith(`  ${rule.title}`)).toBe(true);
    }
    expect(stdout).toContain('地区配置（--profile）：');
    for (const profile of profiles) expect(lines.find((l) => l.startsWith(`  ${profile.id} `))).toContain(profile.name);
  });

  it('prints the catalogue as JSON with --format json', async () => {
    const { code, stdout } = await runCli(['rules', '--format', 'json']);
    expect(code).toBe(0);
    const parsed = JSON.parse(stdout) as { rules: { id: string; severity: string }[]; profiles: { id: string }[] };
    expect(parsed.rules.map((r) => r.id)).toEqual(allRules.map((r) => r.id));
    expect(parsed.profiles.map((p) => p.id)).toEqual(profiles.map((p) => p.id));
  });

  it('rejects stray arguments', async () => {
    const { code, stderr } = await runCli(['rules', 'extra']);
    expect(code).toBe(2);
    expect(stderr).toContain('多余的参数：extra');
  });
});
