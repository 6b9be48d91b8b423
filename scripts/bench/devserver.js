// Section: `npm start`'s dev server as a user meets it — seconds until the playground page and its scripts
// are served, then how many recompiles happen in 30 s with nobody editing (should be 0: a recompile loop
// keeps a core busy and reloads the page). Runs its own server on a spare port, over http, and stops it.
const { spawn } = require('child_process');
const { URL } = require('url');
const http = require('http');
const net = require('net');
const path = require('path');
const { setTimeout: sleep } = require('timers/promises');

const IDLE_MS = 30_000;
const START_LIMIT_MS = 5 * 60_000;

function sparePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer().listen(0, 'localhost', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

function get(url) {
  return new Promise((resolve) => {
    const request = http.get(url, { timeout: 60_000 }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode, body }));
    });
    request.on('error', () => resolve({ status: 0, body: '' }));
    request.on('timeout', () => request.destroy());
  });
}

/** The page and every script it names answer 200: what a browser needs before the pane can run. */
async function pageServed(origin) {
  const page = await get(`${origin}/taskpane.html`);
  if (page.status !== 200) return false;
  const scripts = [...page.body.matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => m[1]);
  for (const src of scripts) {
    if (/^https?:/.test(src)) continue; // office.js comes from Office's CDN
    if ((await get(new URL(src, `${origin}/`).href)).status !== 200) return false;
  }
  return true;
}

const devServerIdle = {
  title: 'dev server (npm start): time to a served page, recompiles while idle',
  async run({ root }) {
    const port = await sparePort();
    const origin = `http://localhost:${port}`;
    const webpack = path.join(root, 'node_modules', 'webpack', 'bin', 'webpack.js');
    const args = [webpack, 'serve', '--mode', 'development', '--env', 'http', '--env', `port=${port}`];
    const child = spawn(process.execPath, args, { cwd: root, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let compiles = 0;
    const count = (chunk) => (compiles += (String(chunk).match(/compiled (successfully|with)/g) ?? []).length);
    child.stdout.on('data', count);
    child.stderr.on('data', count);
    const started = Date.now();
    try {
      while (!(await pageServed(origin))) {
        if (child.exitCode !== null) throw new Error(`webpack serve exited with ${child.exitCode}`);
        if (Date.now() - started > START_LIMIT_MS) throw new Error('page not served within 5 minutes');
        await sleep(250);
      }
      const ready = Date.now() - started;
      const before = compiles;
      await sleep(IDLE_MS);
      return [
        ['page served after', `${(ready / 1000).toFixed(1)} s`],
        ['recompiles in 30 s idle', String(compiles - before)],
      ];
    } finally {
      // Its own process group: the server and any children end together.
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        child.kill('SIGTERM');
      }
    }
  },
};

module.exports = { devServerIdle };
