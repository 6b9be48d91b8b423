// `npm run bench`: measures (asserts nothing). Builds the CLI if build/ is stale, generates a large department-budget
// workbook (cached in the temp dir), then prints each section of scripts/bench/sections.js — or only the sections
// named on the command line (`npm run bench -- core cli`).
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { GENERATOR_VERSION, generateWorkbook, templateFile } = require('./bench/generate');
const { sections } = require('./bench/sections');

const ROOT = path.join(__dirname, '..');
const BUILD = path.join(ROOT, 'build');
/** ≈ 500 sheets and ≈ 1 M cells: 33 copies of the 15 pingxiang sheets, detail tables of ~1,050 code rows. */
const SIZE = { units: 33, hierarchy: { classes: 10, sections: 8, items: 12 } };

function newestMtime(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

function ensureBuild() {
  const main = path.join(BUILD, 'cli', 'main.js');
  const sources = Math.max(...['core', 'cli', 'xlsx', 'strings'].map((d) => newestMtime(path.join(ROOT, 'src', d))));
  if (fs.existsSync(main) && fs.statSync(main).mtimeMs >= sources) return;
  console.log('build/ is stale: npm run build:cli …');
  const tsc = spawnSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.cli.json'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  if (!fs.existsSync(main)) throw new Error('build:cli produced no build/cli/main.js');
  if (tsc.status !== 0) console.log('(tsc reported type errors; benchmarking the emitted build anyway)');
}

async function ensureWorkbook() {
  const dir = path.join(os.tmpdir(), 'budget-lint-bench');
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `department-budget-v${GENERATOR_VERSION}-${SIZE.units}.xlsx`);
  const meta = `${file}.json`;
  if (!fs.existsSync(file) || !fs.existsSync(meta)) {
    console.log(`generating ${file} …`);
    const started = Date.now();
    const counts = await generateWorkbook(templateFile, file, SIZE);
    fs.writeFileSync(meta, JSON.stringify(counts));
    console.log(`  generated in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  return { file, ...JSON.parse(fs.readFileSync(meta, 'utf8')), bytes: fs.statSync(file).size };
}

async function main() {
  const names = process.argv.slice(2);
  const unknown = names.filter((name) => !(name in sections));
  if (unknown.length > 0)
    throw new Error(`unknown section ${unknown.join(', ')}; sections: ${Object.keys(sections).join(', ')}`);
  ensureBuild();
  const workbook = await ensureWorkbook();
  let grids;
  const ctx = {
    root: ROOT,
    workbook,
    build: (rel) => require(path.join(BUILD, rel)),
    grids: async () => (grids ??= await ctx.build('xlsx/read.js').readWorkbookFile(workbook.file)),
    time: async (fn) => {
      const started = process.hrtime.bigint();
      await fn();
      return Number(process.hrtime.bigint() - started) / 1e6;
    },
  };
  console.log(
    `\nworkbook: ${workbook.sheets} sheets, ${workbook.cells.toLocaleString('en-US')} cells written, ${(workbook.bytes / 1e6).toFixed(1)} MB`,
  );
  console.log(
    `node ${process.version}, ${os.availableParallelism()} cores available (${os.cpus()[0]?.model ?? 'cpu'})\n`,
  );
  for (const [name, section] of Object.entries(sections)) {
    if (names.length > 0 && !names.includes(name)) continue;
    console.log(`## ${section.title}`);
    try {
      const rows = await section.run(ctx);
      const width = Math.max(...rows.map(([label]) => label.length));
      for (const [label, figure] of rows) console.log(`  ${label.padEnd(width)}  ${figure}`);
    } catch (error) {
      console.log(`  (section failed: ${error instanceof Error ? error.message : String(error)})`);
    }
    console.log('');
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
