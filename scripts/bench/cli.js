// Section: wall time of `budget-lint check` on the big workbook against a bare exceljs load of the same file,
// both in fresh node processes, so the ratio shows what recognition + validation + output add to the read.
const { spawnSync } = require('child_process');
const path = require('path');

function timedNode(args, cwd) {
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { cwd, encoding: 'utf8', maxBuffer: 1 << 30 });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  return { ms, status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const cliVersusExceljs = {
  title: 'CLI check 与单纯 exceljs 读取的耗时对比',
  async run(ctx) {
    const file = ctx.workbook.file;
    const load = `const E=require('exceljs');new E.Workbook().xlsx.readFile(${JSON.stringify(file)}).then(()=>{})`;
    const bare = timedNode(['-e', load], ctx.root);
    const cliJson = timedNode(
      [path.join(ctx.root, 'bin', 'budget-lint.js'), 'check', file, '--format', 'json'],
      ctx.root,
    );
    const cliText = timedNode([path.join(ctx.root, 'bin', 'budget-lint.js'), 'check', file], ctx.root);
    if (cliJson.status === 2) throw new Error(`budget-lint check failed: ${cliJson.stderr.trim()}`);
    return [
      ['bare exceljs load', `${bare.ms.toFixed(0)} ms`],
      [
        'budget-lint check --format json',
        `${cliJson.ms.toFixed(0)} ms (exit ${cliJson.status}, ${(cliJson.stdout.length / 1e6).toFixed(1)} MB of JSON)`,
      ],
      ['budget-lint check (text)', `${cliText.ms.toFixed(0)} ms`],
      ['ratio check / bare load', `${(cliJson.ms / bare.ms).toFixed(2)} ×`],
    ];
  },
};

module.exports = { cliVersusExceljs };
