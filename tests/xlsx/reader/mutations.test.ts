/**
 * Real fixtures, damaged at random (fast-check): bytes flipped, the file cut short, entries dropped, XML text
 * corrupted inside an entry. The reader (without its last safety net) returns grids or throws an
 * UnreadableWorkbookError with a zh-CN message — never another exception.
 */
import fs from 'fs';
import path from 'path';
import fc from 'fast-check';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { readZipWorkbook, UnreadableWorkbookError } from '../../../src/xlsx/reader';
import { zlibInflateRaw } from '../../../src/xlsx/reader/file';
import { DEFAULT_LIMITS } from '../../../src/xlsx/reader/limits';

const FIXTURES = path.join(__dirname, '..', '..', 'fixtures');
const files = fs.readdirSync(FIXTURES).filter((f) => f.endsWith('.xlsx'));
const originals = files.map((f) => new Uint8Array(fs.readFileSync(path.join(FIXTURES, f))));
const entries = originals.map((bytes) => unzipSync(bytes));
const RUNS = { numRuns: 60, seed: 20261206 };

function expectReadOrRefused(bytes: Uint8Array, zlib: boolean) {
  try {
    const read = readZipWorkbook(bytes, DEFAULT_LIMITS, zlib ? zlibInflateRaw : undefined);
    for (const grid of read.grids) expect(grid.values.length).toBeGreaterThanOrEqual(0);
  } catch (error) {
    if (!(error instanceof UnreadableWorkbookError)) throw error;
    expect(error.message).toMatch(/[\u4e00-\u9fff]/);
    expect(error.message).not.toMatch(/offset|Invalid|\bat\b|Error/);
  }
}

const fixture = fc.nat({ max: files.length - 1 });

describe('damaged fixtures', () => {
  it('bytes flipped anywhere', () => {
    fc.assert(
      fc.property(
        fixture,
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 255 })), { minLength: 1, maxLength: 12 }),
        fc.boolean(),
        (f, flips, zlib) => {
          const bytes = originals[f].slice();
          for (const [at, xor] of flips) bytes[at % bytes.length] ^= xor;
          expectReadOrRefused(bytes, zlib);
        },
      ),
      RUNS,
    );
  });

  it('cut short anywhere', () => {
    fc.assert(
      fc.property(fixture, fc.double({ min: 0, max: 1, noNaN: true }), (f, fraction) => {
        const bytes = originals[f];
        expectReadOrRefused(bytes.subarray(0, Math.floor(bytes.length * fraction)), true);
      }),
      RUNS,
    );
  });

  it('entries dropped', () => {
    fc.assert(
      fc.property(fixture, fc.array(fc.nat(), { minLength: 1, maxLength: 4 }), (f, picks) => {
        const parts = { ...entries[f] };
        const names = Object.keys(parts);
        for (const pick of picks) delete parts[names[pick % names.length]];
        expectReadOrRefused(zipSync(parts), false);
      }),
      RUNS,
    );
  });

  it('XML text corrupted inside an entry', () => {
    const garbage = fc.constantFrom(
      '<',
      '>',
      '&',
      '"',
      '/',
      '<!--',
      ']]>',
      '&#0;',
      '&#x110000;',
      '<?',
      'r="ZZZZ0"',
      '<c>',
      '</row>',
      '\u0000',
      'é',
    );
    fc.assert(
      fc.property(
        fixture,
        fc.nat(),
        fc.array(fc.tuple(fc.nat(), fc.nat({ max: 8 }), garbage), { minLength: 1, maxLength: 6 }),
        fc.boolean(),
        (f, pick, edits, zlib) => {
          const parts = { ...entries[f] };
          const xmlNames = Object.keys(parts).filter((n) => /\.(xml|rels)$/.test(n));
          const name = xmlNames[pick % xmlNames.length];
          let text = strFromU8(parts[name]);
          for (const [at, cut, insert] of edits) {
            const p = at % (text.length + 1);
            text = text.slice(0, p) + insert + text.slice(p + cut);
          }
          parts[name] = strToU8(text);
          expectReadOrRefused(zipSync(parts), zlib);
        },
      ),
      RUNS,
    );
  });
});
