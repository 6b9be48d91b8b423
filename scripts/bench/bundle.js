// Section: the task pane's initial JavaScript, raw and gzip, from the production build in dist/. Which files load
// first comes from webpack's stats: the `taskpane` entrypoint, plus the chunk group index.tsx imports at boot —
// `office` inside Excel, `playground` elsewhere — with the shared chunks webpack split out of them.
// dist/ and the stats are rebuilt (`webpack --mode production --json`, a few minutes) when missing or stale.
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const zlib = require('zlib');

const ENTRY = 'taskpane';
/** webpackChunkName of each host's boot import in src/taskpane/index.tsx. */
const BOOT_GROUPS = { excel: 'office', playground: 'playground' };

function newestMtime(file) {
  const stat = fs.statSync(file);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...fs.readdirSync(file).map((name) => newestMtime(path.join(file, name))));
}

/** Stats that describe the current dist/: rebuilt when dist/ predates its sources or the stats predate dist/. */
function loadStats(root, dist) {
  const statsFile = path.join(os.tmpdir(), 'budget-lint-bench', 'webpack-stats.json');
  const html = path.join(dist, `${ENTRY}.html`);
  const sources = Math.max(...['src', 'webpack.config.js', 'package.json'].map((f) => newestMtime(path.join(root, f))));
  const fresh =
    fs.existsSync(html) &&
    fs.existsSync(statsFile) &&
    fs.statSync(html).mtimeMs >= sources &&
    fs.statSync(statsFile).mtimeMs >= fs.statSync(html).mtimeMs;
  if (!fresh) {
    console.log('dist/ or its webpack stats are missing or stale: webpack --mode production …');
    fs.mkdirSync(path.dirname(statsFile), { recursive: true });
    const cli = path.join(root, 'node_modules', 'webpack-cli', 'bin', 'cli.js');
    const run = spawnSync(process.execPath, [cli, '--mode', 'production', '--json', statsFile], {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    if (run.status !== 0 || !fs.existsSync(statsFile)) throw new Error('webpack --mode production failed');
  }
  const stats = JSON.parse(fs.readFileSync(statsFile, 'utf8'));
  if (path.resolve(stats.outputPath ?? '') !== path.resolve(dist))
    throw new Error(`webpack stats describe ${stats.outputPath}`);
  return stats;
}

/** JavaScript files of a chunk group (entrypoint or named async group), as listed in the stats. */
function groupFiles(stats, group, name) {
  if (!group) throw new Error(`webpack stats have no chunk group "${name}"`);
  return group.assets.map((asset) => (typeof asset === 'string' ? asset : asset.name)).filter((f) => f.endsWith('.js'));
}

function measure(dist, files) {
  let raw = 0;
  let gzip = 0;
  for (const file of new Set(files)) {
    if (!fs.existsSync(path.join(dist, file))) throw new Error(`${file} is in webpack's stats but not in dist/`);
    const bytes = fs.readFileSync(path.join(dist, file));
    raw += bytes.length;
    gzip += zlib.gzipSync(bytes).length;
  }
  return `${kib(raw)} raw / ${kib(gzip)} gzip (${new Set(files).size} files)`;
}

const kib = (bytes) => `${Math.round(bytes / 1024).toLocaleString('en-US')} KiB`;

const bundleSize = {
  title: '任务窗格首屏 JS 体积（生产构建 dist/）',
  async run(ctx) {
    const dist = path.join(ctx.root, 'dist');
    const stats = loadStats(ctx.root, dist);
    const entry = groupFiles(stats, stats.entrypoints?.[ENTRY], ENTRY);
    const boot = (host) => [
      ...entry,
      ...groupFiles(stats, stats.namedChunkGroups?.[BOOT_GROUPS[host]], BOOT_GROUPS[host]),
    ];
    return [
      [`${ENTRY} entry alone`, measure(dist, entry)],
      [`in Excel (entry + ${BOOT_GROUPS.excel} chunks)`, measure(dist, boot('excel'))],
      [`playground (entry + ${BOOT_GROUPS.playground} chunks)`, measure(dist, boot('playground'))],
    ];
  },
};

module.exports = { bundleSize };
