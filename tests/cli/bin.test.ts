/** The installed entry point: bin/budget-lint.js runs the compiled CLI from build/, or says how to build it. */
import { spawnSync } from 'child_process';
import { copyFileSync, mkdirSync } from 'fs';
import path from 'path';
import type { JsonReport } from '../../src/cli/check/jsonReport';
import { PINGXIANG, tempDir } from './helpers';

const ROOT = path.join(__dirname, '..', '..');
const BIN = path.join(ROOT, 'bin', 'budget-lint.js');

function run(bin: string, args: string[]) {
  return spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
}

beforeAll(() => {
  // What `npm run build:cli` (the prepare script) does; type errors elsewhere must not stop the emit.
  spawnSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.cli.json'], { cwd: ROOT });
}, 180_000);

describe('bin/budget-lint.js', () => {
  it('checks a workbook end to end and exits by the errors found', () => {
    const result = run(BIN, ['check', PINGXIANG, '--format', 'json']);
    const report = JSON.parse(result.stdout) as JsonReport;
    expect(report.files[0].file).toBe(PINGXIANG);
    expect(result.status).toBe(report.summary.errors > 0 ? 1 : 0);
  });

  it('exits 2 with a zh-CN message and no stack trace on bad input', () => {
    const result = run(BIN, ['check', path.join(ROOT, 'package.json')]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('文件不是有效的 .xlsx 工作簿');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('says how to build when build/ is missing', () => {
    const { dir, cleanup } = tempDir();
    try {
      mkdirSync(path.join(dir, 'bin'));
      copyFileSync(BIN, path.join(dir, 'bin', 'budget-lint.js'));
      const result = run(path.join(dir, 'bin', 'budget-lint.js'), ['--version']);
      expect(result.status).toBe(2);
      expect(result.stderr).toContain('npm run build:cli');
    } finally {
      cleanup();
    }
  });
});
