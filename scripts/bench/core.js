// Section: throughput of the pure core (validateWorkbook over already-read grids), in cells per second.
const RUNS = 3;

const coreThroughput = {
  title: '核心引擎吞吐（validateWorkbook，表格已读入内存）',
  async run(ctx) {
    const { validateWorkbook } = ctx.build('core/validate.js');
    let grids;
    const readMs = await ctx.time(async () => (grids = await ctx.grids()));
    const cells = grids.reduce((sum, g) => sum + g.values.reduce((n, row) => n + row.length, 0), 0);
    let report;
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
      [`validate (median of ${RUNS})`, `${median.toFixed(0)} ms`],
      ['throughput', `${Math.round(cells / (median / 1000)).toLocaleString('en-US')} cells/s`],
    ];
  },
};

module.exports = { coreThroughput };
