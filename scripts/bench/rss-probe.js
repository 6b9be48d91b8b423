// Preloaded into benchmarked processes (node --require): writes the process's peak RSS in KiB to $BENCH_RSS_FILE on exit.
const fs = require('fs');

process.on('exit', () => {
  if (process.env.BENCH_RSS_FILE) fs.writeFileSync(process.env.BENCH_RSS_FILE, String(process.resourceUsage().maxRSS));
});
