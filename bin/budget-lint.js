#!/usr/bin/env node
// Launcher for `npx budget-lint`: runs the compiled CLI from build/ (built by `npm run build:cli`, run on install).
'use strict';
const fs = require('fs');
const path = require('path');

const build = path.join(__dirname, '..', 'build', 'cli');
if (!fs.existsSync(path.join(build, 'main.js'))) {
  process.stderr.write('budget-lint 尚未编译：请在项目目录运行 npm run build:cli（或 npm install）后重试。\n');
  process.exit(2);
}
const { main } = require(path.join(build, 'main.js'));
const { processIo } = require(path.join(build, 'io.js'));
main(process.argv.slice(2), processIo()).then((code) => {
  process.exitCode = code;
});
