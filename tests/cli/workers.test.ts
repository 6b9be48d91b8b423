/** The worker pool: a worker that runs out of memory or dies costs its own file only; the pool carries on. */
import { writeFileSync } from 'fs';
import path from 'path';
import type { FileResult } from '../../src/cli/check/checkFile';
import { WorkerPool } from '../../src/cli/check/workers';
import { tempDir } from './helpers';

/** A stand-in for build/cli/check/worker.js that misbehaves on request, by file name. */
const SCRIPT = `
const { parentPort } = require('worker_threads');
parentPort.on('message', ({ id, task }) => {
  if (task.file === 'oom') { const hog = []; for (;;) hog.push(new Array(1e6).fill(1.5)); }
  if (task.file === 'exit') process.exit(3);
  parentPort.postMessage({ id, result: { file: task.file, report: { checkedBy: 'worker' } } });
});
`;

describe('WorkerPool', () => {
  it('turns out-of-memory and a dying worker into that file’s error, and checks the rest', async () => {
    const { dir, cleanup } = tempDir();
    const script = path.join(dir, 'worker.js');
    writeFileSync(script, SCRIPT);
    const pool = new WorkerPool(2, script, { validate: {} }, 64);
    try {
      const files = ['a', 'oom', 'b', 'exit', 'c', 'd'];
      const results: FileResult[] = await Promise.all(files.map((file) => pool.check({ file })));
      expect(results.map((r) => r.file)).toEqual(files);
      expect(results[1]).toEqual({ file: 'oom', error: expect.stringContaining('内存不足') });
      expect(results[3]).toEqual({ file: 'exit', error: expect.stringContaining('意外退出') });
      for (const i of [0, 2, 4, 5]) expect(results[i]).toMatchObject({ report: { checkedBy: 'worker' } });
    } finally {
      await pool.close();
      cleanup();
    }
  }, 60_000);
});
