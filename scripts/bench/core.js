// Section: throughput of the pure core (validateWorkbook over already-read grids), in cells per second.
// The first run also pays for compiling the engine (JIT) and growing the heap, so it is shown on its
// own and the throughput is that of the runs after it, as a host that validates more than once sees it.
const RUNS = 5;

const coreThroughput = {
  title: '核心引擎吞吐（validateWorkbook，表格已读入内存）',
  async run(ctx) {
    const { validateWorkbook } = ctx.build('core/validate.js');
    let grids;
    const readMs = await ctx.time(async () => (grids = await ctx.grids()));
    const cells = grids.reduce((sum, g) => sum + g.values.reduce((n, row) => n + row.length, 0), 0);
    let report;
    const firstMs = await ctx.time(async () => (report = validateWorkbook(grids)));
    const times = [];
    for (let i = 0; i < RUNS; i++) times.push(await ctx.time(async () => (report = validateWorkbook(grids))));
    const median = times.sort((a, b) => a - b)[Math.floor(RUNS / 2)];
    return [
      ['read .xlsx → grids (src/xlsx/read.ts)', `${readMs.toFixed(0)} ms`],
      ['grid cells', cells.toLocaleString('en-US')],
      ['tables recognized', String(report.tables.length)],
      [
        'findings',
        `${report.summary.errors} errors / ${report.summary.warnings} warnings / ${report.summary.infos} infos`,
      ],
      ['validate, first run (cold JIT, heap growing)', `${firstMs.toFixed(0)} ms`],
      [`validate, next runs (median of ${RUNS})`, `${median.toFixed(0)} ms`],
      [
        'throughput (next runs; goal ≥ 2,000,000)',
        `${Math.round(cells / (median / 1000)).toLocaleString('en-US')} cells/s`,
      ],
      ['throughput (first run)', `${Math.round(cells / (firstMs / 1000)).toLocaleString('en-US')} cells/s`],
    ];
  },
};

module.exports = { coreThroughput };
