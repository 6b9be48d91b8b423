// Section: wall time and peak RSS of `budget-lint check` against a bare exceljs load of the same files, all in fresh
// node processes — on the big bench workbook and on a 200-file batch, with one job and with --jobs = cores — so
// the ratios show what recognition, validation and output add to the read (goal ≤ 0.8; ≤ 0.5 with --jobs on ≥ 4
// cores). Prints, never asserts.
const os = require('os');
const path = require('path');
const { ensureBatch } = require('./batch');
const { mb, timedNode } = require('./run');

const ratio = (a, b) => `${(a / b).toFixed(2)} ×`;

function bareLoad(files, root) {
  const script = `const E=require('exceljs');(async()=>{for(const f of ${JSON.stringify(files)})await new E.Workbook().xlsx.readFile(f)})()`;
  return timedNode(['-e', script], { cwd: root });
}

function check(root, args) {
  const run = timedNode([path.join(root, 'bin', 'budget-lint.js'), 'check', ...args], { cwd: root });
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
    const bare = bareLoad([file], ctx.root);
    const json = check(ctx.root, [file, '--format', 'json']);
    const text = check(ctx.root, [file]);
    rows.push(
      ['bench workbook: bare exceljs load', `${bare.ms.toFixed(0)} ms, peak RSS ${mb(bare.rssMb)}`],
      [
        'bench workbook: check --format json',
        `${json.ms.toFixed(0)} ms (exit ${json.status}, ${(json.stdout.length / 1e6).toFixed(1)} MB of JSON), peak RSS ${mb(json.rssMb)}`,
      ],
      ['bench workbook: check (text)', `${text.ms.toFixed(0)} ms, peak RSS ${mb(text.rssMb)}`],
      ['bench workbook: ratio check json / bare load', ratio(json.ms, bare.ms)],
    );

    const batch = await ensureBatch();
    const batchBare = bareLoad(batch.files, ctx.root);
    rows.push([
      `batch (${batch.files.length} files, ${(batch.bytes / 1e6).toFixed(1)} MB): bare exceljs load`,
      `${batchBare.ms.toFixed(0)} ms, peak RSS ${mb(batchBare.rssMb)}`,
    ]);
    for (const jobs of [...new Set([1, cores])]) {
      const run = check(ctx.root, [batch.dir, '--format', 'jsonl', '--jobs', String(jobs)]);
      const records = run.stdout.trimEnd().split('\n').length - 1;
      rows.push([
        `batch: check --format jsonl --jobs ${jobs}`,
        `${run.ms.toFixed(0)} ms (${records} file records, exit ${run.status}), peak RSS ${mb(run.rssMb)}, ratio ${ratio(run.ms, batchBare.ms)}`,
      ]);
    }
    return rows;
  },
};

module.exports = { cliVersusExceljs };
