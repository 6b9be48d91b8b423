/**
 * The three code-built 决算 workbooks: published-style sheets, consistent figures, no errors on the
 * clean twins, and every planted defect found at its cell, planted together and one at a time.
 */
import path from 'path';
import type { Finding } from '../../../src/core/report/types';
import { standardKinds } from '../../../src/core/tables/kinds';
import { validateWorkbook } from '../../../src/core/validate';
import { readWorkbookFile } from '../../../src/xlsx/read';
import { runCli, tempDir } from '../../cli/helpers';
import { plant } from './defects';
import { SHEETS } from './sheets';
import { finalFixtures } from './workbooks';
import { writeFinalXlsx } from './xlsx';

const FIXTURES = finalFixtures().map((f) => [f.name, f] as const);
const key = (f: { ruleId: string; sheet: string; cell: string }) => `${f.ruleId} ${f.sheet}!${f.cell}`;

describe.each(FIXTURES)('%s', (_name, fixture) => {
  it('has the nine published sheets, a short title in A1 and a 单位 line', () => {
    expect(fixture.clean.map((g) => g.name)).toEqual(Object.values(SHEETS));
    for (const grid of fixture.clean) {
      expect(String(grid.values[0][0])).toBe(grid.name.replace(/^\d/, ''));
      expect(grid.values[1].join('')).toContain(`位：${fixture.accounts.unit}`);
    }
  });

  it('plants one defect per identity family, each on cells of the clean workbook', () => {
    const families = new Set(fixture.defects.map((d) => d.ruleId));
    for (const id of [
      'sum/total-row',
      'sum/hierarchy',
      'sum/columns',
      'sum/balance',
      'cross/total-mismatch',
      'cross/three-public',
      'sum/rounding',
    ])
      expect(families).toContain(id);
    for (const d of fixture.defects) {
      const changed = plant(fixture.clean, [d]);
      expect(changed).not.toEqual(fixture.clean);
    }
  });

  it('round-trips through .xlsx (src/xlsx/write.ts, then the reader)', async () => {
    const { dir, cleanup } = tempDir();
    try {
      const file = path.join(dir, 'final.xlsx');
      await writeFinalXlsx(fixture.clean, file);
      const read = await readWorkbookFile(file);
      expect(read.map((g) => g.name)).toEqual(fixture.clean.map((g) => g.name));
      for (const grid of fixture.clean) {
        const back = read.find((g) => g.name === grid.name)!;
        grid.values.forEach((line, r) =>
          line.forEach((value, c) => {
            if (value !== null)
              expect([grid.name, r, c, back.values[r - back.origin.row]?.[c - back.origin.col]]).toEqual([
                grid.name,
                r,
                c,
                value,
              ]);
          }),
        );
      }
    } finally {
      cleanup();
    }
  });
});

describe('决算 fixtures checked', () => {
  const errorsOf = (findings: Finding[]) => findings.filter((f) => f.severity === 'error');

  it.each(FIXTURES)('%s: the clean twin is read as the nine 决算 tables and has no errors', (_name, fixture) => {
    const report = validateWorkbook(fixture.clean);
    expect(report.tables.map((t) => t.kind)).toEqual(standardKinds('final'));
    expect(report.skipped).toEqual([]);
    expect(errorsOf(report.findings).map(key)).toEqual([]);
  });

  it.each(FIXTURES)('%s: every planted defect is found at its cell', (_name, fixture) => {
    const found = new Set(validateWorkbook(fixture.defective).findings.map(key));
    expect(fixture.defects.map(key).filter((k) => !found.has(k))).toEqual([]);
  });

  describe.each(FIXTURES)('%s, one defect at a time', (_name, fixture) => {
    it.each(fixture.defects.map((d) => [d.what, d] as const))('%s', (_what, defect) => {
      const findings = validateWorkbook(plant(fixture.clean, [defect])).findings;
      const hit = findings.find((f) => key(f) === key(defect));
      expect(hit?.severity ?? findings.map(key)).toBe(defect.severity ?? 'error');
    });
  });

  it.each(FIXTURES)(
    '%s: budget-lint check passes the clean file and fails the defective one',
    async (_name, fixture) => {
      const { dir, cleanup } = tempDir();
      try {
        const clean = path.join(dir, 'clean.xlsx');
        const defective = path.join(dir, 'defective.xlsx');
        await writeFinalXlsx(fixture.clean, clean);
        await writeFinalXlsx(fixture.defective, defective);
        expect((await runCli(['check', clean])).code).toBe(0);
        expect((await runCli(['check', defective])).code).toBe(1);
      } finally {
        cleanup();
      }
    },
  );
});
