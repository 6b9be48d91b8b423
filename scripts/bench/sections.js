// The benchmark's sections, in print order, by name (`npm run bench -- cli hostile` runs only those). Each is
// { title, run(ctx) } where run resolves to rows of [label, figure]; add a section as a file here plus one entry below.
const { coreThroughput } = require('./core');
const { cliVersusExceljs } = require('./cli');
const { syncsPerValidation } = require('./syncs');
const { bundleSize } = require('./bundle');
const { hostileCorpus } = require('./hostile');
const { readerVersusExceljs } = require('./reader');
const { devServerIdle } = require('./devserver');

/**
 * ctx: { root, build(relPath) → required module from build/, workbook: { file, sheets, cells, bytes },
 *        grids() → the workbook's SheetGrids (read once, cached), time(fn) → ms of one awaited run }
 */
const sections = {
  core: coreThroughput,
  reader: readerVersusExceljs,
  cli: cliVersusExceljs,
  hostile: hostileCorpus,
  syncs: syncsPerValidation,
  bundle: bundleSize,
  devserver: devServerIdle,
};

module.exports = { sections };
