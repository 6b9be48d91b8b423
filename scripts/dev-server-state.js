/** Where `npm start` records the background dev server, and whether that process is still alive. */
const fs = require('fs');
const path = require('path');

const dir = path.join(__dirname, '..', 'node_modules', '.cache', 'budget-lint');
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
