/** Reading a path: the size is checked before any byte is read; file-system failures become plain zh-CN reasons. */
import fs from 'fs';
import os from 'os';
import path from 'path';
import { UnreadableWorkbookError } from '../../../src/xlsx/reader';
import { readWorkbookPath } from '../../../src/xlsx/reader/file';

const FIXTURE = path.join(__dirname, '..', '..', 'fixtures', 'shanhaiguan-performance.xlsx');
let dir: string;
beforeAll(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'reader-file-'))));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function refusal(file: string, limits?: { maxFileBytes: number }) {
  try {
    await readWorkbookPath(file, limits);
  } catch (error) {
    expect(error).toBeInstanceOf(UnreadableWorkbookError);
    return { code: (error as UnreadableWorkbookError).code, message: (error as Error).message };
  }
  throw new Error('read');
}

describe('readWorkbookPath', () => {
  it('reads a workbook file with its workbook-level warnings', async () => {
    const read = await readWorkbookPath(FIXTURE);
    expect(read.grids.length).toBeGreaterThan(0);
    expect(read.warnings).toEqual([]);
  });

  it('refuses a file over the size limit before reading it, naming both sizes', async () => {
    expect(await refusal(FIXTURE, { maxFileBytes: 1024 })).toEqual({
      code: 'too-large',
      message: expect.stringMatching(/^文件过大（12 KB，上限 1 KB）/) as string,
    });
  });

  it.each([
    ['a missing file', () => path.join(dir, 'missing.xlsx'), '文件不存在'],
    ['a directory', () => dir, '路径不是文件'],
  ])('says %s plainly, without errno codes or paths', async (_label, file, message) => {
    const { code, message: text } = await refusal(file());
    expect(code).toBe('io');
    expect(text).toBe(message);
  });
});
