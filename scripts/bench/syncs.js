// Section: Office.js round trips of one validation (read → validateWorkbook → paint) and of clearing, for 1, 10
// and 200 sheets of the bench workbook, counted on the typed fake of Excel in tests/excel/fake — on Excel on the
// web (5 MB per response, checked by the fake) and on desktop (no payload cap). The host and the
// fake are TypeScript: their import closure is transpiled (typescript.transpileModule, no type check) into a
// temp dir, so a plain `node scripts/bench.js` needs neither jest nor a build of src/excel.
const fs = require('fs');
const os = require('os');
const path = require('path');
const ts = require('typescript');

const SHEET_COUNTS = [1, 10, 200];
/**
 * Excel on the web always has the newest API; desktop ranges from ExcelApi 1.20 (everything) through 1.8
 * (Office 2019: no setCellProperties or getRanges, fills range by range) to 1.1 (Office 2016 volume licences).
 */
const HOSTS = [
  { platform: 'web', apiMinor: 20 },
  { platform: 'desktop', apiMinor: 20 },
  { platform: 'desktop', apiMinor: 8 },
  { platform: 'desktop', apiMinor: 1 },
];

/** Transpiles `entries` and every relative import they reach; returns the out dir mirroring the repo layout. */
function transpileClosure(root, entries) {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'budget-lint-bench-ts-'));
  const pending = entries.map((entry) => path.join(root, entry));
  const seen = new Set();
  while (pending.length > 0) {
    const file = pending.pop();
    if (seen.has(file)) continue;
    seen.add(file);
    const source = fs.readFileSync(file, 'utf8');
    for (const { fileName } of ts.preProcessFile(source, true, true).importedFiles) {
      if (!fileName.startsWith('.')) continue;
      const base = path.resolve(path.dirname(file), fileName);
      const found = [`${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')].find((f) => fs.existsSync(f));
      if (found) pending.push(found);
    }
    const { outputText } = ts.transpileModule(source, {
      compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020, esModuleInterop: true },
      fileName: file,
    });
    const target = path.join(out, path.relative(root, file)).replace(/\.tsx?$/, '.js');
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, outputText);
  }
  return out;
}

async function measure(modules, validateWorkbook, grids, { platform, apiMinor }) {
  const wb = new modules.FakeWorkbook({ platform, apiMinor });
  grids.forEach((grid) => wb.addGrid(grid));
  const host = modules.createOfficeHost(modules.fakeEnv(wb));
  const read = await host.readGrids();
  const readSyncs = wb.syncs;
  const readBytes = wb.largestSyncBytes;
  const report = validateWorkbook(read);
  const painted = await host.paint(report);
  const paintSyncs = wb.syncs - readSyncs;
  const paintBulk = wb.cellPropertyWrites.length;
  const paintRanges = wb.fillWrites;
  await host.clear();
  return {
    readSyncs,
    readBytes,
    cells: read.reduce((sum, grid) => sum + grid.values.reduce((n, row) => n + row.length, 0), 0),
    paintSyncs,
    clearSyncs: wb.syncs - readSyncs - paintSyncs,
    painted: painted.painted,
    paintBulk,
    paintRanges,
    clearBulk: wb.cellPropertyWrites.length - paintBulk,
    clearRanges: wb.fillWrites - paintRanges,
    clearAreas: wb.areaClears.length,
    largestArray: Math.max(0, ...wb.cellPropertyWrites.map((w) => w.cells)),
  };
}

const syncsPerValidation = {
  title: 'Office.js 往返次数（假 Excel：读取 + 校验 + 标记，及清除标记）',
  async run(ctx) {
    const out = transpileClosure(ctx.root, [
      'src/excel/host.ts',
      'tests/excel/fake/workbook.ts',
      'tests/excel/fake/state.ts',
    ]);
    try {
      const modules = {
        ...require(path.join(out, 'src/excel/host.js')),
        ...require(path.join(out, 'tests/excel/fake/workbook.js')),
        ...require(path.join(out, 'tests/excel/fake/state.js')),
      };
      const { validateWorkbook } = ctx.build('core/validate.js');
      const all = await ctx.grids();
      const rows = [];
      for (const host of HOSTS)
        for (const count of SHEET_COUNTS) {
          const m = await measure(modules, validateWorkbook, all.slice(0, count), host);
          rows.push([
            `${host.platform} ExcelApi 1.${host.apiMinor}, ${count} sheet${count > 1 ? 's' : ''}`,
            `read ${m.readSyncs} + paint ${m.paintSyncs} = ${m.readSyncs + m.paintSyncs} syncs, clear ${m.clearSyncs}` +
              ` | read ${m.cells} cells, largest response ${(m.readBytes / 1e6).toFixed(2)} MB` +
              ` | ${m.painted} cells painted: ${m.paintBulk} setCellProperties + ${m.paintRanges} range writes` +
              ` | clear: ${m.clearBulk} setCellProperties + ${m.clearAreas} getRanges clears + ${m.clearRanges} range writes` +
              (m.paintBulk + m.clearBulk > 0 ? ` | largest array ${m.largestArray} cells` : ''),
          ]);
        }
      return rows;
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  },
};

module.exports = { syncsPerValidation };
