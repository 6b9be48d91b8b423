/** Batch at scale: ordered results with several jobs, JSON lines per file, shards that cover every file once. */
import { writeFileSync } from 'fs';
import path from 'path';
import ExcelJS from 'exceljs';
import type { JsonLine } from '../../src/cli/check/jsonReport';
import { parseShard, shardOf } from '../../src/cli/check/inputs';
import { runInOrder } from '../../src/cli/check/ordered';
import { addSummarySheet, buildCli, runCli, tempDir } from './helpers';

let dir: string;
let cleanup: () => void;
let files: string[];
beforeAll(async () => {
  buildCli();
  ({ dir, cleanup } = tempDir());
  files = [];
  // Small workbooks, every other one with a 收入总计 that does not balance, plus an unreadable one in the middle.
  for (let i = 0; i < 6; i++) {
    const workbook = new ExcelJS.Workbook();
    const sheet = addSummarySheet(workbook);
    if (i % 2 === 1) sheet.getCell('B5').value = 11;
    const file = path.join(dir, `单位${i}.xlsx`);
    await workbook.xlsx.writeFile(file);
    files.push(file);
  }
  const broken = path.join(dir, '单位3-坏.xlsx');
  writeFileSync(broken, 'not a zip');
  files.splice(4, 0, broken);
}, 180_000);
afterAll(() => cleanup());

const lines = (stdout: string) =>
  stdout
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line) as JsonLine);

describe('runInOrder', () => {
  it('hands results on in input order although later tasks finish first', async () => {
    // Each task waits for its own gate; the gates open in an order of the test's choosing, not by timers.
    const gates = new Map<number, () => void>();
    const started: number[] = [];
    const emitted: number[] = [];
    const done = runInOrder(
      [0, 1, 2, 3, 4],
      2,
      (item) =>
        new Promise<number>((resolve) => {
          started.push(item);
          gates.set(item, () => resolve(item * 10));
        }),
      (result, i) => {
        expect(result).toBe(i * 10);
        emitted.push(i);
      },
    );
    const open = async (item: number) => {
      gates.get(item)!();
      for (let k = 0; k < 5; k++) await Promise.resolve();
    };
    await open(1); // finished first, held back until 0 is done
    expect(emitted).toEqual([]);
    expect(started).toEqual([0, 1, 2]);
    await open(2);
    expect(emitted).toEqual([]);
    await open(0);
    expect(emitted).toEqual([0, 1, 2]);
    await open(4);
    expect(emitted).toEqual([0, 1, 2]);
    await open(3);
    await done;
    expect(emitted).toEqual([0, 1, 2, 3, 4]);
  });

  it('never runs more tasks at once than allowed', async () => {
    let running = 0;
    let peak = 0;
    await runInOrder(
      Array.from({ length: 10 }, (_v, i) => i),
      2,
      async (i) => {
        peak = Math.max(peak, ++running);
        await new Promise((resolve) => setTimeout(resolve, i % 3));
        running--;
        return i;
      },
      () => undefined,
    );
    expect(peak).toBe(2);
  });
});

describe('check --format jsonl', () => {
  it('writes one file record per input in order — the unreadable one as an error record — then the summary', async () => {
    const { code, stdout, stderr } = await runCli(['check', ...files, '--format', 'jsonl', '--jobs', '1']);
    const records = lines(stdout);
    expect(records.map((r) => (r.type === 'file' ? r.file : r.type))).toEqual([...files, 'summary']);
    const broken = records[4];
    expect(broken).toMatchObject({ type: 'file', error: expect.stringContaining('.xlsx'), tables: [], findings: [] });
    expect(records[1]).toMatchObject({ type: 'file', warnings: [], skipped: [] });
    expect(records.at(-1)).toMatchObject({ type: 'summary', files: 7, unreadable: 1 });
    expect(stderr).toContain(`无法读取 ${files[4]}`);
    const summary = records.at(-1) as Extract<JsonLine, { type: 'summary' }>;
    expect(code).toBe(summary.errors > 0 ? 1 : 0);
  });

  it('prints the same records in the same order with worker threads (--jobs 3) as with one job', async () => {
    const one = await runCli(['check', ...files, '--format', 'jsonl', '--jobs', '1']);
    const three = await runCli(['check', ...files, '--format', 'jsonl', '--jobs', '3']);
    expect(three.stdout).toBe(one.stdout);
    expect(three.code).toBe(one.code);
  }, 60_000);

  it('refuses a malformed --jobs or --shard as usage errors (exit 2)', async () => {
    for (const args of [
      ['--jobs', '0'],
      ['--jobs', 'two'],
      ['--shard', '0/3'],
      ['--shard', '4/3'],
      ['--shard', '1-3'],
    ]) {
      const { code, stderr } = await runCli(['check', files[0], ...args]);
      expect(code).toBe(2);
      expect(stderr).toMatch(/--jobs|--shard/);
    }
  });
});

describe('--shard K/N', () => {
  it('parses K/N with 1 ≤ K ≤ N', () => {
    expect(parseShard('3/40')).toEqual({ index: 3, count: 40 });
    expect(parseShard('0/2')).toBeUndefined();
    expect(parseShard('3/2')).toBeUndefined();
    expect(parseShard('a/b')).toBeUndefined();
  });

  it('puts every file in exactly one shard for N = 1…9, whatever order the files were found in', () => {
    const items = Array.from({ length: 23 }, (_v, i) => ({
      file: `d/${String.fromCharCode(97 + ((i * 7) % 23))}.xlsx`,
    }));
    const shuffled = [...items].reverse();
    for (let count = 1; count <= 9; count++) {
      const seen: string[] = [];
      for (let index = 1; index <= count; index++) {
        const shard = shardOf(items, { index, count }).map((i) => i.file);
        expect(shardOf(shuffled, { index, count }).map((i) => i.file)).toEqual(shard);
        expect(shard.length).toBeGreaterThanOrEqual(Math.floor(items.length / count));
        seen.push(...shard);
      }
      expect(seen.sort()).toEqual(items.map((i) => i.file).sort());
    }
  });

  it('the shards of a real run together check each file once; a shard with nothing left exits 0', async () => {
    const count = 3;
    const checked: string[] = [];
    for (let index = 1; index <= count; index++) {
      const { stdout } = await runCli([
        'check',
        dir,
        '--format',
        'jsonl',
        '--jobs',
        '1',
        '--shard',
        `${index}/${count}`,
      ]);
      checked.push(...lines(stdout).flatMap((r) => (r.type === 'file' ? [r.file] : [])));
    }
    expect(checked.sort()).toEqual([...files].sort());
    const empty = await runCli(['check', files[0], '--format', 'jsonl', '--shard', '2/2']);
    expect(empty.code).toBe(0);
    expect(empty.stderr).toContain('分片 2/2 中没有文件');
    expect(lines(empty.stdout)).toEqual([
      { type: 'summary', files: 0, unreadable: 0, errors: 0, warnings: 0, infos: 0 },
    ]);
  });
});
