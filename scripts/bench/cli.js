// Section: wall time and peak RSS of `budget-lint check` against a bare exceljs load of the same files, all in fresh
// node processes — on the big bench workbook and on a 200-file batch, with one job and with --jobs = cores — so
// the ratios show what recognition, validation and output add to the read (goal ≤ 0.8; ≤ 0.5 with --jobs on ≥ 4
// cores). Wall time is what a user waits; CPU time (all threads) is printed beside it because it stays
// comparable when other work shares the cores. Prints, never asserts.
const os = require('os');
const path = require('path');
const { ensureBatch } = require('./batch');
const { mb, timedNode } = require('./run');

const ratio = (a, b) => `${(a / b).toFixed(2)} ×`;
const figures = (run) =>
  `${run.ms.toFixed(0)} ms wall, ${(run.cpuMs ?? NaN).toFixed(0)} ms CPU, peak RSS ${mb(run.rssMb)}`;
const ratios = (run, base) => `wall ${ratio(run.ms, base.ms)}, CPU ${ratio(run.cpuMs, base.cpuMs)}`;

function bareLoad(files, root) {
  const script = `const E=require('exceljs');(async()=>{for(const f of ${JSON.stringify(files)})await new E.Workbook().xlsx.readFile(f)})()`;
  return timedNode(['-e', script], { cwd: root });
}

async function check(root, args) {
  const run = await timedNode([path.join(root, 'bin', 'budget-lint.js'), 'check', ...args], { cwd: root });
  if (run.status === 2 || run.status === null)
    throw new Error(`budget-lint check ${args.join(' ')} failed: ${run.stderr.trim().slice(0, 300)}`);
  return run;
}

const cliVersusExceljs = {
  title: 'CLI check 与单纯 exceljs 读取的耗时对比（单个大工作簿与 200 个文件的批量）',
  async run(ctx) {
    const cores = os.availableParallelism();
    const rows = [['cores (os.availableParallelism)', String(cores)]];

    const file = ctx.workbook.file;
    const bare = await bareLoad([file], ctx.root);
    const json = await check(ctx.root, [file, '--format', 'json']);
    const text = await check(ctx.root, [file]);
    rows.push(
      ['bench workbook: bare exceljs load', figures(bare)],
      [
        'bench workbook: check --format json',
        `${figures(json)} (exit ${json.status}, ${(json.stdout.length / 1e6).toFixed(1)} MB of JSON)`,
      ],
      ['bench workbook: check (text)', figures(text)],
      ['bench workbook: ratio check json / bare load', ratios(json, bare)],
    );

    const batch = await ensureBatch();
    const batchBare = await bareLoad(batch.files, ctx.root);
    rows.push([
      `batch (${batch.files.length} files, ${(batch.bytes / 1e6).toFixed(1)} MB): bare exceljs load`,
      figures(batchBare),
    ]);
    for (const jobs of [...new Set([1, cores])]) {
      const run = await check(ctx.root, [batch.dir, '--format', 'jsonl', '--jobs', String(jobs)]);
      const records = run.stdout.trimEnd().split('\n').length - 1;
      rows.push([
        `batch: check --format jsonl --jobs ${jobs}`,
        `${figures(run)} (${records} file records, exit ${run.status}); ratio ${ratios(run, batchBare)}`,
      ]);
    }
    return rows;
  },
};

module.exports = { cliVersusExceljs };
