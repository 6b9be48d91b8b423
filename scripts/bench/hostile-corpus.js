// The reader's hostile corpus (src/xlsx/hostile/corpus.ts, full size) written as files for scripts/bench/hostile.js,
// which runs `budget-lint check` on each. Needs build/ (npm run build:cli).
const fs = require('fs');
const path = require('path');

async function generateHostileCorpus(dir) {
  const { hostileCorpus } = require(path.join(__dirname, '..', '..', 'build', 'xlsx', 'hostile', 'corpus.js'));
  const inputs = [];
  for (const input of hostileCorpus('full')) {
    // Cases read with scaled-down limits make their point only through the reader's own API (reader.js).
    if (input.limits) continue;
    const file = path.join(dir, `${input.id}.xlsx`);
    fs.writeFileSync(file, input.build());
    inputs.push({ name: input.id, file });
  }
  return inputs;
}

module.exports = { generateHostileCorpus };
