// Generates the benchmark's batch: 200 small workbooks, variants of the fixtures (pingxiang's budget and the four
// performance-target workbooks, round robin), each with one amount changed so no two files are identical.
// Cached in the temp dir by generator version.
const fs = require('fs');
const os = require('os');
const path = require('path');
const ExcelJS = require('exceljs');

const BATCH_VERSION = 1;
const BATCH_SIZE = 200;
const FIXTURES = path.join(__dirname, '..', '..', 'tests', 'fixtures');

/** The batch directory and its files, generated on first use. */
async function ensureBatch() {
  const dir = path.join(os.tmpdir(), 'budget-lint-bench', `batch-v${BATCH_VERSION}-${BATCH_SIZE}`);
  const done = path.join(dir, '.complete');
  if (!fs.existsSync(done)) {
    console.log(`generating ${BATCH_SIZE} workbooks in ${dir} …`);
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir, { recursive: true });
    const sources = fs
      .readdirSync(FIXTURES)
      .filter((f) => f.endsWith('.xlsx'))
      .sort();
    for (let i = 0; i < BATCH_SIZE; i++) {
      const source = sources[i % sources.length];
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(path.join(FIXTURES, source));
      changeOneAmount(workbook, i);
      await workbook.xlsx.writeFile(path.join(dir, `${String(i + 1).padStart(3, '0')}-${source}`));
    }
    fs.writeFileSync(done, '');
  }
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.xlsx'))
    .sort()
    .map((f) => path.join(dir, f));
  const bytes = files.reduce((sum, f) => sum + fs.statSync(f).size, 0);
  return { dir, files, bytes };
}

/** Adds a few 分 to the i-th numeric cell found (a plain number, not a formula) of one sheet. */
function changeOneAmount(workbook, i) {
  const sheet = workbook.worksheets[i % workbook.worksheets.length];
  const numbers = [];
  sheet.eachRow((row) => row.eachCell((cell) => typeof cell.value === 'number' && numbers.push(cell)));
  if (numbers.length > 0) {
    const cell = numbers[i % numbers.length];
    cell.value = Math.round((cell.value + (i % 7) / 100) * 100) / 100;
  }
}

module.exports = { ensureBatch, BATCH_SIZE };
