// Section: the hostile corpus through `budget-lint check`, one fresh process per input, with a 1 GB heap and a 60 s
// limit (the goal: each input ≤ 10 s and ≤ 1 GB): the worst time and memory, and the inputs that broke a bound.
// The corpus is the reader's, at full size: `hostileCorpus('full')` from src/xlsx/hostile/corpus.ts (compiled to
// build/xlsx/hostile/corpus.js), each case's bytes written to a temp file.
const fs = require('fs');
const os = require('os');
const path = require('path');
const { mb, timedNode } = require('./run');

const CORPUS_MODULE = path.join('xlsx', 'hostile', 'corpus.js'); // below build/
const TIMEOUT_MS = 60_000;
const HEAP_MB = 1024;

/** The reader's cases at full size, written to files one by one (a few are large: built only when run). */
function* readerCorpus(module, dir) {
  for (const input of module.hostileCorpus('full')) {
    const file = path.join(dir, `${input.id}.xlsx`);
    fs.writeFileSync(file, input.build());
    yield { name: input.id, file };
    fs.rmSync(file, { force: true });
  }
}

const hostileCorpus = {
  title: '恶意/异常输入语料：最坏耗时与内存（每个输入一个进程）',
  async run(ctx) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'budget-lint-bench-hostile-'));
    try {
      const corpus = readerCorpus(ctx.build(CORPUS_MODULE), dir);
      const rows = [['corpus', "the reader's hostileCorpus('full'), through budget-lint check"]];
      let worstMs = { ms: 0 };
      let worstRss = { rssMb: 0 };
      for (const input of corpus) {
        const run = await timedNode(
          [
            `--max-old-space-size=${HEAP_MB}`,
            path.join(ctx.root, 'bin', 'budget-lint.js'),
            'check',
            input.file,
            '--format',
            'json',
          ],
          { cwd: ctx.root, timeoutMs: TIMEOUT_MS },
        );
        const outcome = run.timedOut
          ? `stopped after ${TIMEOUT_MS / 1000} s`
          : run.signal
            ? `killed by ${run.signal}`
            : `exit ${run.status}`;
        // Anything but 0/1/2 (an abort, a V8 out-of-memory exit 134) is a crash the user would see.
        const crashed = !run.timedOut && (run.signal !== null || ![0, 1, 2].includes(run.status));
        const bounds = [run.ms > 10_000 && '> 10 s', (run.rssMb ?? 0) > 1024 && '> 1 GB'].filter(Boolean);
        rows.push([
          input.name,
          `${run.ms.toFixed(0)} ms, peak RSS ${mb(run.rssMb)}, ${outcome}${crashed ? ' — CRASH' : ''}` +
            (bounds.length > 0 ? ` — over the goal (${bounds.join(', ')})` : ''),
        ]);
        if (run.ms > worstMs.ms) worstMs = { ms: run.ms, name: input.name };
        if ((run.rssMb ?? 0) > worstRss.rssMb) worstRss = { rssMb: run.rssMb, name: input.name };
      }
      rows.push(['worst time', `${worstMs.ms.toFixed(0)} ms (${worstMs.name})`]);
      rows.push(['worst peak RSS', `${mb(worstRss.rssMb)} (${worstRss.name})`]);
      return rows;
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
};

module.exports = { hostileCorpus };
