/** Makes sure dist/ holds a production build of the current sources, rebuilding (with webpack's cache) only when stale. */
import { execFileSync } from 'child_process';
import fs from 'fs';
import path from 'path';

export const ROOT = path.resolve(__dirname, '../../..');
export const DIST = path.join(ROOT, 'dist');
const INPUTS = ['src', 'samples', 'assets', 'webpack.config.js', 'package-lock.json', 'tsconfig.json'];

function newestMtime(target: string): number {
  if (!fs.existsSync(target)) return 0;
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return fs
    .readdirSync(target)
    .reduce((newest, entry) => Math.max(newest, newestMtime(path.join(target, entry))), stat.mtimeMs);
}

export function ensureProductionBuild(): void {
  const page = path.join(DIST, 'taskpane.html');
  const built = fs.existsSync(page) ? fs.statSync(page).mtimeMs : 0;
  const sources = Math.max(...INPUTS.map((input) => newestMtime(path.join(ROOT, input))));
  if (built > sources) return;
  process.stdout.write('browser tests: dist/ is older than the sources, running webpack --mode production…\n');
  execFileSync(process.execPath, [path.join(ROOT, 'node_modules/webpack/bin/webpack.js'), '--mode', 'production'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}
