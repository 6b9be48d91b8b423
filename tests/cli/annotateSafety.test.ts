/** `--annotate` never writes onto an input: existing files need --force, and links to an input are always refused. */
import { copyFileSync, linkSync, mkdirSync, readFileSync, readdirSync, statSync, symlinkSync, writeFileSync } from 'fs';
import path from 'path';
import { buildCli, runCli, PINGXIANG, tempDir } from './helpers';

jest.setTimeout(30_000);

beforeAll(buildCli, 180_000);

let dir: string;
let cleanup: () => void;
let input: string;
let before: Buffer;
beforeEach(() => {
  ({ dir, cleanup } = tempDir());
  mkdirSync(path.join(dir, 'in'));
  input = path.join(dir, 'in', 'a.xlsx');
  copyFileSync(PINGXIANG, input);
  before = readFileSync(input);
});
afterEach(() => {
  expect(readFileSync(input).equals(before)).toBe(true);
  cleanup();
});

const REFUSED_INPUT = '标注副本的路径与原文件相同';

describe('check --annotate refuses', () => {
  it('an existing output file unless --force, which then replaces it (and leaves no temp file)', async () => {
    const out = path.join(dir, 'out');
    mkdirSync(out);
    writeFileSync(path.join(out, 'a.xlsx'), 'older copy');
    const refused = await runCli(['check', input, '--annotate', out]);
    expect(refused.stdout).toContain('已存在；如要覆盖，请加 --force');
    expect(readFileSync(path.join(out, 'a.xlsx'), 'utf8')).toBe('older copy');

    const forced = await runCli(['check', input, '--annotate', out, '--force']);
    expect(forced.stdout).toContain(`已写入标注副本：${path.join(out, 'a.xlsx')}`);
    expect(readFileSync(path.join(out, 'a.xlsx')).subarray(0, 2).toString()).toBe('PK');
    expect(readdirSync(out)).toEqual(['a.xlsx']);
  });

  it('an output directory that is a symlink to the input’s directory, even with --force', async () => {
    const link = path.join(dir, 'out-link');
    symlinkSync(path.join(dir, 'in'), link);
    const { stdout } = await runCli(['check', input, '--annotate', link, '--force']);
    expect(stdout).toContain(REFUSED_INPUT);
    expect(readdirSync(path.join(dir, 'in'))).toEqual(['a.xlsx']);
  });

  it('a hard link to the input where the copy would go, even with --force', async () => {
    const out = path.join(dir, 'out');
    mkdirSync(out);
    linkSync(input, path.join(out, 'a.xlsx'));
    const { stdout } = await runCli(['check', input, '--annotate', out, '--force']);
    expect(stdout).toContain(REFUSED_INPUT);
    expect(statSync(path.join(out, 'a.xlsx')).ino).toBe(statSync(input).ino);
  });

  it('a file symlink to the input where the copy would go, even with --force', async () => {
    const out = path.join(dir, 'out');
    mkdirSync(out);
    symlinkSync(input, path.join(out, 'a.xlsx'));
    const { stdout } = await runCli(['check', input, '--annotate', out, '--force']);
    expect(stdout).toContain(REFUSED_INPUT);
  });

  it('the input’s own directory reached by another path (in/../in)', async () => {
    const { stdout } = await runCli(['check', input, '--annotate', path.join(dir, 'in', '..', 'in'), '--force']);
    expect(stdout).toContain(REFUSED_INPUT);
  });

  it('an output that is another input of the same run (same file name, other directory)', async () => {
    const other = path.join(dir, 'other');
    mkdirSync(other);
    copyFileSync(PINGXIANG, path.join(other, 'a.xlsx'));
    const otherBefore = readFileSync(path.join(other, 'a.xlsx'));
    // in/a.xlsx's copy would be other/a.xlsx — itself an input.
    const { stdout } = await runCli(['check', input, path.join(other, 'a.xlsx'), '--annotate', other, '--force']);
    expect(stdout).toContain(REFUSED_INPUT);
    expect(readFileSync(path.join(other, 'a.xlsx')).equals(otherBefore)).toBe(true);
  });

  it('--force without --annotate is a usage error', async () => {
    const { code, stderr } = await runCli(['check', input, '--force']);
    expect(code).toBe(2);
    expect(stderr).toContain('--force 只与 --annotate 一起使用');
  });
});
