// The benchmark's sections, in print order. Each is { title, run(ctx) } where run resolves to rows of
// [label, figure]; add a section (e.g. "syncs per validation", "bundle size") as a file here plus one entry below.
const { coreThroughput } = require('./core');
const { cliVersusExceljs } = require('./cli');
const { syncsPerValidation } = require('./syncs');
const { bundleSize } = require('./bundle');
const { devServerIdle } = require('./devserver');

/**
 * ctx: { root, build(relPath) → required module from build/, workbook: { file, sheets, cells, bytes },
 *        grids() → the workbook's SheetGrids (read once, cached), time(fn) → ms of one awaited run }
 */
const sections = [coreThroughput, cliVersusExceljs, syncsPerValidation, bundleSize, devServerIdle];

module.exports = { sections };
