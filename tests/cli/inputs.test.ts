/** Inputs: symlinked workbooks followed, loops safe, one file reached by several paths checked once, plain reasons. */
import { copyFileSync, linkSync, mkdirSync, symlinkSync } from 'fs';
import path from 'path';
import { plainReason } from '../../src/cli/check/describe';
import { collectInputs } from '../../src/cli/check/inputs';
import { UnreadableWorkbookError } from '../../src/xlsx/read';
import { PINGXIANG, tempDir } from './helpers';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

const fileNames = async (paths: string[]) =>
  (await collectInputs(paths)).entries.flatMap((e) => ('identity' in e ? [path.relative(dir, e.file)] : []));

describe('collectInputs', () => {
  it('follows a symlinked .xlsx and a symlinked directory', async () => {
    mkdirSync(path.join(dir, 'store'));
    copyFileSync(PINGXIANG, path.join(dir, 'store', 'real.xlsx'));
    mkdirSync(path.join(dir, 'inbox'));
    symlinkSync(path.join(dir, 'store', 'real.xlsx'), path.join(dir, 'inbox', 'linked.xlsx'));
    expect(await fileNames([path.join(dir, 'inbox')])).toEqual([path.join('inbox', 'linked.xlsx')]);
    symlinkSync(path.join(dir, 'store'), path.join(dir, 'inbox2'));
    expect(await fileNames([path.join(dir, 'inbox2')])).toEqual([path.join('inbox2', 'real.xlsx')]);
  });

  it('keeps unusable paths in the order given, among the files', async () => {
    copyFileSync(PINGXIANG, path.join(dir, 'a.xlsx'));
    const { entries } = await collectInputs([
      path.join(dir, 'missing.xlsx'),
      path.join(dir, 'a.xlsx'),
      path.join(dir, 'gone'),
    ]);
    expect(entries.map((e) => [path.relative(dir, e.file), 'error' in e ? e.error : 'ok'])).toEqual([
      ['missing.xlsx', '文件或目录不存在'],
      ['a.xlsx', 'ok'],
      ['gone', '文件或目录不存在'],
    ]);
  });

  it('checks a file reached by two paths once: a symlink, a hard link, a/../a', async () => {
    copyFileSync(PINGXIANG, path.join(dir, 'a.xlsx'));
    symlinkSync(path.join(dir, 'a.xlsx'), path.join(dir, 'b.xlsx'));
    linkSync(path.join(dir, 'a.xlsx'), path.join(dir, 'c.xlsx'));
    mkdirSync(path.join(dir, 'sub'));
    const twice = path.join(dir, 'sub', '..', 'a.xlsx');
    expect(await fileNames([path.join(dir, 'a.xlsx'), twice, dir])).toEqual(['a.xlsx']);
  });

  it('stays safe with symlink loops: a directory linking to its parent, a link to itself', async () => {
    mkdirSync(path.join(dir, 'd'));
    copyFileSync(PINGXIANG, path.join(dir, 'd', 'x.xlsx'));
    symlinkSync(dir, path.join(dir, 'd', 'up'));
    symlinkSync(path.join(dir, 'self.xlsx'), path.join(dir, 'self.xlsx'));
    const { entries } = await collectInputs([dir]);
    expect(entries).toEqual([
      { file: path.join(dir, 'd', 'x.xlsx'), identity: expect.any(String) },
      { file: path.join(dir, 'self.xlsx'), error: '符号链接形成了循环' },
    ]);
  });
});

describe('plainReason', () => {
  const errno = (code: string, message = `${code}: something, open '/x'`) =>
    Object.assign(new Error(message), { code });
  it.each([
    [errno('EACCES'), '没有读取权限'],
    [errno('ENOTDIR'), '路径中的某一级不是目录'],
    [errno('EISDIR'), '这是一个目录，不是文件'],
    [errno('ENAMETOOLONG'), '文件名或路径过长'],
    [new Error("EACCES: permission denied, open '/secret/a.xlsx'"), '没有读取权限'],
    [new RangeError('Invalid string length'), '文件内容过大，超出了可读取的范围'],
    [new Error('Corrupted zip: missing 29 bytes at offset 812'), '无法作为 .xlsx 工作簿读取（文件可能已损坏）'],
  ])('%p → %s', (error, reason) => {
    expect(plainReason(error)).toBe(reason);
  });

  it('keeps the reader’s own zh-CN reason', () => {
    expect(plainReason(new UnreadableWorkbookError('encrypted', '工作簿设置了打开密码'))).toBe('工作簿设置了打开密码');
  });
});
