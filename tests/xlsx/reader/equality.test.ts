/** The streaming reader presents every real and generated workbook exactly as the exceljs reader did. */
import fs from 'fs';
import os from 'os';
import path from 'path';
import ExcelJS from 'exceljs';
import type { SheetGrid } from '../../../src/core/grid/types';
import { buildTemplate, listTemplates } from '../../../src/core/templates/catalog';
import { readWorkbook, type InflateRaw } from '../../../src/xlsx/reader';
import { zlibInflateRaw } from '../../../src/xlsx/reader/file';
import { writeDrafts } from '../../../src/xlsx/write';
import { exceljsGrids } from '../exceljsGrids';

const FIXTURES = path.join(__dirname, '..', '..', 'fixtures');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const bench = require('../../../scripts/bench/generate.js') as {
  templateFile: string;
  generateWorkbook(template: string, out: string, size: object): Promise<unknown>;
};

/** Cells that differ, as "sheet!r,c field: new vs exceljs" lines (empty when the grids agree). */
export function gridDifferences(ours: SheetGrid[], theirs: SheetGrid[]): string[] {
  const out: string[] = [];
  if (ours.length !== theirs.length) out.push(`sheets: ${ours.length} vs ${theirs.length}`);
  for (let i = 0; i < Math.min(ours.length, theirs.length); i++) {
    const a = ours[i];
    const b = theirs[i];
    for (const key of ['name', 'visibility', 'protected', 'merges', 'readWarnings'] as const)
      if (JSON.stringify(a[key]) !== JSON.stringify(b[key]))
        out.push(`${b.name} ${key}: ${JSON.stringify(a[key])} vs ${JSON.stringify(b[key])}`);
    if (a.values.length !== b.values.length || a.values[0]?.length !== b.values[0]?.length)
      out.push(
        `${b.name} size: ${a.values.length}×${a.values[0]?.length} vs ${b.values.length}×${b.values[0]?.length}`,
      );
    for (const key of ['values', 'text', 'numberFormat', 'formulas'] as const) {
      const ga = a[key] ?? [];
      const gb = b[key] ?? [];
      for (let r = 0; r < Math.min(ga.length, gb.length); r++)
        for (let c = 0; c < Math.min(ga[r].length, gb[r].length); c++)
          if (!Object.is(ga[r][c], gb[r][c]))
            out.push(`${b.name}!${r},${c} ${key}: ${JSON.stringify(ga[r][c])} vs ${JSON.stringify(gb[r][c])}`);
    }
  }
  return out;
}

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
