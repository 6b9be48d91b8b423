// Preloaded into benchmarked processes (node --require): on exit writes "<peak RSS KiB> <CPU ms>" to $BENCH_RSS_FILE —
// CPU time (user + system, all threads) stays meaningful when other work shares the machine's cores.
const fs = require('fs');

process.on('exit', () => {
  if (!process.env.BENCH_RSS_FILE) return;
  const { user, system } = process.cpuUsage();
  fs.writeFileSync(process.env.BENCH_RSS_FILE, `${process.resourceUsage().maxRSS} ${(user + system) / 1000}`);
});
