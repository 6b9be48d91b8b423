/**
 * Makes sure dist/ holds a production build of the current sources, rebuilding (with webpack's
 * cache) only when stale. Browser test files run in parallel workers: a lock directory lets one
 * worker build while the others wait, then find the build fresh.
 */
import { execFileSync } from 'child_process';
import fs from 'fs';
import path from 'path';

export const ROOT = path.resolve(__dirname, '../../..');
export const DIST = path.join(ROOT, 'dist');
const INPUTS = ['src', 'samples', 'assets', 'manifest.xml', 'webpack.config.js', 'package-lock.json', 'tsconfig.json'];
const LOCK = path.join(ROOT, 'node_modules/.cache/budget-lint/build.lock');
/** A lock older than this was left by a killed run. */
const STALE_LOCK_MS = 15 * 60_000;

function newestMtime(target: string): number {
  if (!fs.existsSync(target)) return 0;
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return fs
    .readdirSync(target)
    .reduce((newest, entry) => Math.max(newest, newestMtime(path.join(target, entry))), stat.mtimeMs);
}

function isFresh(): boolean {
  const page = path.join(DIST, 'taskpane.html');
  const built = fs.existsSync(page) ? fs.statSync(page).mtimeMs : 0;
  return built > Math.max(...INPUTS.map((input) => newestMtime(path.join(ROOT, input))));
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function acquireLock(): void {
  fs.mkdirSync(path.dirname(LOCK), { recursive: true });
  for (;;) {
    try {
      fs.mkdirSync(LOCK);
      return;
    } catch {
      const age = Date.now() - (fs.existsSync(LOCK) ? fs.statSync(LOCK).mtimeMs : Date.now());
      if (age > STALE_LOCK_MS) fs.rmSync(LOCK, { recursive: true, force: true });
      else sleep(1000);
    }
  }
}

export function ensureProductionBuild(): void {
  if (isFresh()) return;
  acquireLock();
  try {
    // Another worker may have built while this one waited.
    if (isFresh()) return;
    process.stdout.write('browser tests: dist/ is older than the sources, running webpack --mode production…\n');
    execFileSync(process.execPath, [path.join(ROOT, 'node_modules/webpack/bin/webpack.js'), '--mode', 'production'], {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  } finally {
    fs.rmSync(LOCK, { recursive: true, force: true });
  }
}
