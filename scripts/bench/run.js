// Runs node in a fresh process for the benchmark: wall time, exit status and the process's peak RSS (worker
// threads included — they share the process) and CPU time. Peak RSS is read from /proc/<pid>/status (VmHWM) while the process
// runs, so a run killed at its time limit still has a figure; elsewhere a preloaded probe reports maxRSS on exit.
const { spawn } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { Buffer } = require('buffer');
const { clearInterval, clearTimeout, setInterval, setTimeout } = require('timers');

const PROBE = path.join(__dirname, 'rss-probe.js');
const SAMPLE_MS = 50;

/** Peak resident set of a live process in MB, from Linux's /proc; undefined elsewhere or once it has exited. */
function procPeakMb(pid) {
  try {
    const kib = /VmHWM:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kib === undefined ? undefined : Number(kib) / 1024;
  } catch {
    return undefined;
  }
}

function timedNode(args, { cwd, timeoutMs = 600_000 } = {}) {
  const rssFile = path.join(os.tmpdir(), `budget-lint-bench-rss-${process.pid}-${Date.now()}`);
  return new Promise((resolve) => {
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, ['--require', PROBE, ...args], {
      cwd,
      env: { ...process.env, BENCH_RSS_FILE: rssFile },
    });
    const out = [];
    const err = [];
    child.stdout.on('data', (chunk) => out.push(chunk));
    child.stderr.on('data', (chunk) => err.push(chunk));
    let peakMb;
    const sample = () => (peakMb = Math.max(peakMb ?? 0, procPeakMb(child.pid) ?? 0) || peakMb);
    const sampler = setInterval(sample, SAMPLE_MS);
    const timer = setTimeout(() => {
      sample();
      child.kill('SIGKILL');
    }, timeoutMs);
    child.on('close', (status, signal) => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      clearInterval(sampler);
      clearTimeout(timer);
      let cpuMs;
      try {
        const [maxRssKib, cpu] = fs.readFileSync(rssFile, 'utf8').split(' ').map(Number);
        peakMb = Math.max(peakMb ?? 0, maxRssKib / 1024);
        cpuMs = cpu;
        fs.rmSync(rssFile);
      } catch {
        // killed before its exit handler ran: the sampled figure stands
      }
      resolve({
        ms,
        status,
        signal,
        timedOut: signal === 'SIGKILL' && ms >= timeoutMs,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
        rssMb: peakMb,
        cpuMs,
      });
    });
  });
}

const mb = (value) => (value === undefined ? 'n/a' : `${value.toFixed(0)} MB`);

module.exports = { timedNode, mb };
