/**
 * `npm start`: runs the webpack dev server in the background (https://localhost:3000, or http with
 * --http for plain browsers) and prints where the playground is; `npm stop` ends it.
 */
const fs = require('fs');
const http = require('http');
const https = require('https');
const path = require('path');
const { spawn } = require('child_process');
const { setTimeout: sleep } = require('timers/promises');
const { PID_FILE, LOG_FILE, running } = require('./dev-server-state');

const PORT = 3000;
const root = path.join(__dirname, '..');
const useHttp = process.argv.includes('--http');
const url = `${useHttp ? 'http' : 'https'}://localhost:${PORT}/taskpane.html`;

function responds() {
  return new Promise((resolve) => {
    const client = useHttp ? http : https;
    const request = client.get(url, { rejectUnauthorized: false, timeout: 2000 }, (response) => {
      response.resume();
      resolve(response.statusCode === 200);
    });
    request.on('error', () => resolve(false));
    request.on('timeout', () => request.destroy());
  });
}

async function main() {
  const existing = running();
  if (existing) {
    console.log(`开发服务器已在运行（进程 ${existing}）：${url}`);
    return;
  }
  fs.mkdirSync(path.dirname(PID_FILE), { recursive: true });
  const log = fs.openSync(LOG_FILE, 'w');
  const args = [path.join(root, 'node_modules/webpack/bin/webpack.js'), 'serve', '--mode', 'development'];
  if (useHttp) args.push('--env', 'http');
  // Detached in its own process group, so `npm stop` can end the server and its children together.
  const child = spawn(process.execPath, args, { cwd: root, detached: true, stdio: ['ignore', log, log] });
  fs.writeFileSync(PID_FILE, String(child.pid));
  child.unref();

  console.log(`正在启动开发服务器（日志：${LOG_FILE}）…`);
  const deadline = Date.now() + 5 * 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || !running()) break;
    if (await responds()) {
      console.log(`\n试用页面（浏览器中的演示工作簿）：${url}`);
      if (!useHttp) {
        console.log(
          '证书：若未安装 office-addin-dev-certs，浏览器会提示证书不受信任；纯浏览器试用可改用 npm start -- --http',
        );
        console.log('在 Excel 中使用：旁加载 manifest.xml（任务窗格地址同上）。');
      }
      console.log('停止：npm stop');
      return;
    }
    await sleep(1000);
  }
  console.error(`开发服务器未能启动，请查看日志：${LOG_FILE}`);
  process.exitCode = 1;
}

main();
