/** `check` on the real fixture and on directories: text and JSON output, recursion, colours, progress, exit codes. */
import { copyFileSync, mkdirSync, writeFileSync } from 'fs';
import path from 'path';
import { runCheck } from '../../src/cli/commands/check';
import type { JsonReport } from '../../src/cli/check/jsonReport';
import { profiles } from '../../src/core/profiles';
import { defineRule } from '../../src/core/rules/types';
import { PINGXIANG, capturedIo, runCli, tempDir } from './helpers';

/** A rule that reports one error on every 部门收支总表's title cell: findings that do not depend on the real catalogue. */
const titleError = defineRule({
  id: 'test/title',
  severity: 'error',
  title: '测试规则',
  docs: '测试用',
  appliesTo: ['summary'],
  check({ table, report }) {
    report({
      sheet: table.sheet,
      cell: 'E39',
      message: '收入总计与支出总计不符',
      expected: '107.54',
      actual: '107.45',
    });
  },
});

describe('check <file> (text)', () => {
  it('lists the recognized tables with kind label, range and unit, and a summary line', async () => {
    const { code, stdout, stderr } = await runCli(['check', PINGXIANG]);
    expect(stderr).toBe('');
    expect(stdout).toContain(`文件：${PINGXIANG}`);
    expect(stdout).toContain('1收支总表 → 部门收支总表（A1:E39，单位：万元）');
    expect(stdout).toContain('9三公经费支出表 → 财政拨款"三公"经费支出表');
    expect(stdout).toMatch(/合计：检查了 1 个文件 · (\d+) 个错误 · \d+ 个警告 · \d+ 个提示\n$/);
    const errors = Number(/合计：.* · (\d+) 个错误/.exec(stdout)?.[1]);
    expect(code).toBe(errors > 0 ? 1 : 0);
    expect(stdout).not.toContain('\u001b[');
  });

  it('groups findings by sheet with severity mark, cell, message, 应为/实为 and rule id; exit 1 on errors', async () => {
    const captured = capturedIo();
    const code = await runCheck([PINGXIANG], { validate: { rules: [titleError] }, format: 'text' }, captured.io);
    expect(code).toBe(1);
    expect(captured.out()).toContain(
      '发现 1 个问题：\n   1收支总表\n    ✖ 错误 E39   收入总计与支出总计不符（应为 107.54，实为 107.45） [test/title]',
    );
    expect(captured.out()).toContain('小计：1 个错误 · 0 个警告 · 0 个提示');
  });

  it('colours only when stdout is a terminal, and shows progress only when stderr is one', async () => {
    const plain = capturedIo();
    await runCheck([PINGXIANG], { validate: { rules: [titleError] }, format: 'text' }, plain.io);
    expect(plain.out()).not.toContain('\u001b[');
    expect(plain.err()).toBe('');
    const tty = capturedIo({ colorStdout: true, stderrIsTTY: true });
    await runCheck([PINGXIANG], { validate: { rules: [titleError] }, format: 'text' }, tty.io);
    expect(tty.out()).toContain('\u001b[31m✖ 错误\u001b[0m');
    expect(tty.err()).toContain('已检查 1/1 个文件');
  });
});

describe('check --format json', () => {
  it('prints exactly { files: [{ file, tables, findings, warnings, skipped }], summary }', async () => {
    const { code, stdout } = await runCli(['check', PINGXIANG, '--format', 'json']);
    const report = JSON.parse(stdout) as JsonReport;
    expect(Object.keys(report)).toEqual(['files', 'summary']);
    expect(Object.keys(report.files[0])).toEqual(['file', 'tables', 'findings', 'warnings', 'skipped']);
    expect(report.files[0].tables[0]).toEqual({
      sheet: '1收支总表',
      kind: 'budget.summary',
      range: 'A1:E39',
      unit: '万元',
    });
    expect(Object.keys(report.summary)).toEqual(['errors', 'warnings', 'infos']);
    expect(code).toBe(report.summary.errors > 0 ? 1 : 0);
  });

  it('carries findings as the core reports them, and unreadable files with an error field', async () => {
    const { dir, cleanup } = tempDir();
    try {
      const broken = path.join(dir, 'broken.xlsx');
      writeFileSync(broken, 'not a workbook');
      const captured = capturedIo();
      const code = await runCheck(
        [PINGXIANG, broken],
        { validate: { rules: [titleError] }, format: 'json' },
        captured.io,
      );
      expect(code).toBe(1);
      const report = JSON.parse(captured.out()) as JsonReport;
      expect(report.files[0].findings).toEqual([
        expect.objectContaining({ ruleId: 'test/title', severity: 'error', sheet: '1收支总表', cell: 'E39' }),
      ]);
      expect(report.files[1]).toEqual({
        file: broken,
        error: expect.stringContaining('不是有效的 .xlsx'),
        tables: [],
        findings: [],
        warnings: [],
        skipped: [],
      });
      expect(report.summary).toEqual({ errors: 1, warnings: 0, infos: 0 });
      expect(captured.err()).toContain(`无法读取 ${broken}`);
    } finally {
      cleanup();
    }
  });
});

describe('check --severity and --profile', () => {
  it('--severity re-levels a rule or turns it off, and the exit code follows', async () => {
    const first = JSON.parse((await runCli(['check', PINGXIANG, '--format', 'json'])).stdout) as JsonReport;
    const fired = [...new Set(first.files[0].findings.map((f) => f.ruleId))];
    expect(fired.length).toBeGreaterThan(0);
    const [demoted, ...others] = fired;
    const argv = ['check', PINGXIANG, '--format', 'json', '--severity', `${demoted}=info`];
    for (const id of others) argv.push(`--severity=${id}=off`);
    const { code, stdout } = await runCli(argv);
    const report = JSON.parse(stdout) as JsonReport;
    expect(code).toBe(0);
    expect(new Set(report.files[0].findings.map((f) => `${f.ruleId} ${f.severity}`))).toEqual(
      new Set([`${demoted} info`]),
    );
  });

  it('--profile passes a known profile to the rules', async () => {
    const { code, stderr } = await runCli(['check', PINGXIANG, '--profile', profiles[0].id, '--format', 'json']);
    expect(stderr).toBe('');
    expect(code).not.toBe(2);
  });
});

describe('check <dir>', () => {
  it('finds *.xlsx recursively, skipping ~$ lock files and other files', async () => {
    const { dir, cleanup } = tempDir();
    try {
      mkdirSync(path.join(dir, 'a', 'b'), { recursive: true });
      copyFileSync(PINGXIANG, path.join(dir, 'a', 'b', '平乡.XLSX'));
      copyFileSync(PINGXIANG, path.join(dir, 'top.xlsx'));
      writeFileSync(path.join(dir, 'a', '~$top.xlsx'), 'lock');
      writeFileSync(path.join(dir, 'notes.txt'), 'text');
      const { stdout, stderr } = await runCli(['check', dir, '--format', 'json']);
      expect(stderr).toBe('');
      const files = (JSON.parse(stdout) as JsonReport).files.map((f) => path.relative(dir, f.file));
      expect(files).toEqual([path.join('a', 'b', '平乡.XLSX'), 'top.xlsx']);
    } finally {
      cleanup();
    }
  });

  it('exits 2 when a directory holds no workbook, or a path does not exist', async () => {
    const { dir, cleanup } = tempDir();
    try {
      const empty = await runCli(['check', dir]);
      expect(empty.code).toBe(2);
      expect(empty.stderr).toContain('中没有 .xlsx 文件');
      expect(empty.stderr).toContain('没有可以读取的工作簿');
      const missing = await runCli(['check', path.join(dir, 'nope.xlsx')]);
      expect(missing.code).toBe(2);
      expect(missing.stderr).toContain('nope.xlsx：文件或目录不存在');
    } finally {
      cleanup();
    }
  });

  it('checks a file given twice only once', async () => {
    const { stdout } = await runCli(['check', PINGXIANG, PINGXIANG, '--format', 'json']);
    expect((JSON.parse(stdout) as JsonReport).files).toHaveLength(1);
  });
});
