/** `npm stop`: ends the dev server that `npm start` started (its recorded process group only). */
const fs = require('fs');
const { PID_FILE, running } = require('./dev-server-state');

const pid = running();
if (!pid) {
  console.log('开发服务器未在运行。');
} else {
  try {
    process.kill(-pid, 'SIGTERM');
  } catch {
    process.kill(pid, 'SIGTERM');
  }
  console.log(`已停止开发服务器（进程 ${pid}）。`);
}
fs.rmSync(PID_FILE, { force: true });
