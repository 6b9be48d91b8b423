/** The streaming reader presents every real and generated workbook exactly as the exceljs reader did. */
import fs from 'fs';
import os from 'os';
import path from 'path';
import ExcelJS from 'exceljs';
import { buildTemplate, listTemplates } from '../../../src/core/templates/catalog';
import { readWorkbook, type InflateRaw } from '../../../src/xlsx/reader';
import { zlibInflateRaw } from '../../../src/xlsx/reader/file';
import { writeDrafts } from '../../../src/xlsx/write';
import { exceljsGrids } from '../exceljsGrids';
import { gridDifferences } from './gridDifferences';

const FIXTURES = path.join(__dirname, '..', '..', 'fixtures');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const bench = require('../../../scripts/bench/generate.js') as {
  templateFile: string;
  generateWorkbook(template: string, out: string, size: object): Promise<unknown>;
};

/** Fixtures go through Node's zlib (the CLI's path), templates through fflate (the browser's). */
async function compare(bytes: Uint8Array, inflateRaw?: InflateRaw): Promise<string[]> {
  const ours = readWorkbook(bytes, undefined, inflateRaw).grids;
  expect(ours.some((grid) => grid.values.some((row) => row.some((value) => value !== null)))).toBe(true);
  return gridDifferences(ours, await exceljsGrids(bytes));
}

describe('the streaming reader agrees with the exceljs reader', () => {
  it.each(fs.readdirSync(FIXTURES).filter((f) => f.endsWith('.xlsx')))('fixture %s', async (file) => {
    expect(await compare(fs.readFileSync(path.join(FIXTURES, file)), zlibInflateRaw)).toEqual([]);
  });

  it.each(listTemplates().map((t) => t.id))('template %s as `budget-lint new` writes it', async (id) => {
    const workbook = new ExcelJS.Workbook();
    writeDrafts(workbook, buildTemplate(id, { unitName: '测试单位', year: 2025, unit: '万元', projects: 2 }));
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    expect(await compare(bytes)).toEqual([]);
  });

  it("the benchmark's generated workbook (streamed by exceljs's writer), at a small size", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'reader-bench-'));
    try {
      const file = path.join(dir, 'bench.xlsx');
      await bench.generateWorkbook(bench.templateFile, file, {
        units: 2,
        hierarchy: { classes: 2, sections: 2, items: 3 },
      });
      expect(await compare(fs.readFileSync(file), zlibInflateRaw)).toEqual([]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
