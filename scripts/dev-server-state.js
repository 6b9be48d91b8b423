/**
 * Where `npm start` records the background dev server, and whether that process is still alive.
 * The pid and log live in the OS temp directory, never in the tree webpack watches: a log written
 * inside it (it was node_modules/.cache) made every log line trigger a recompile, forever.
 */
const crypto = require('crypto');
const fs = require('fs');
const os = require('os');
const path = require('path');

const root = path.join(__dirname, '..');
// One directory per checkout, so two clones (or worktrees) never share a pid file.
const checkout = crypto.createHash('sha256').update(fs.realpathSync(root)).digest('hex').slice(0, 12);
const dir = path.join(os.tmpdir(), `budget-lint-dev-server-${checkout}`);
const PID_FILE = path.join(dir, 'dev-server.pid');
const LOG_FILE = path.join(dir, 'dev-server.log');

/** The recorded pid if that process still runs, else undefined. */
function running() {
  if (!fs.existsSync(PID_FILE)) return undefined;
  const pid = Number(fs.readFileSync(PID_FILE, 'utf8'));
  if (!Number.isInteger(pid) || pid <= 0) return undefined;
  try {
    process.kill(pid, 0);
    return pid;
  } catch {
    return undefined;
  }
}

module.exports = { PID_FILE, LOG_FILE, running };
