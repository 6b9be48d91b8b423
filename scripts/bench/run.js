// Runs node in a fresh process for the benchmark: wall time, exit status and the process's peak RSS (worker
// threads included — they share the process), read by a preloaded probe that writes maxRSS on exit.
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const PROBE = path.join(__dirname, 'rss-probe.js');

function timedNode(args, { cwd, timeoutMs = 600_000 } = {}) {
  const rssFile = path.join(os.tmpdir(), `budget-lint-bench-rss-${process.pid}-${Date.now()}`);
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, ['--require', PROBE, ...args], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    timeout: timeoutMs,
    env: { ...process.env, BENCH_RSS_FILE: rssFile },
  });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  let rssMb;
  try {
    rssMb = Number(fs.readFileSync(rssFile, 'utf8')) / 1024; // maxRSS is in KiB
    fs.rmSync(rssFile);
  } catch {
    rssMb = undefined; // killed before exit (timeout, out of memory): no figure
  }
  return { ms, status: result.status, signal: result.signal, stdout: result.stdout, stderr: result.stderr, rssMb };
}

const mb = (value) => (value === undefined ? 'n/a' : `${value.toFixed(0)} MB`);

module.exports = { timedNode, mb };
