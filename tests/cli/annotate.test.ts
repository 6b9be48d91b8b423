/** `check --annotate DIR`: painted copies with fills and notes, the input untouched, the rest of the workbook kept. */
import { copyFileSync, mkdirSync, readFileSync } from 'fs';
import path from 'path';
import ExcelJS from 'exceljs';
import { annotationTargets } from '../../src/cli/check/checkFile';
import type { JsonReport } from '../../src/cli/check/jsonReport';
import { runCheck } from '../../src/cli/commands/check';
import { defineRule } from '../../src/core/rules/types';
import { SEVERITY_FILLS } from '../../src/xlsx/annotate';
import { PINGXIANG, capturedIo, runCli, tempDir } from './helpers';

/** Three findings on two cells of 1收支总表 (one inside the merged B3:C3), one on a sheet that does not exist. */
const markers = defineRule({
  id: 'test/markers',
  severity: 'error',
  title: '测试规则',
  docs: '测试用',
  appliesTo: ['summary'],
  check({ table, report }) {
    report({ sheet: table.sheet, cell: 'E39', message: '支出总计应为 107.54，实为 107.45' });
    report({ sheet: table.sheet, cell: 'E39', message: '舍入差异', severity: 'info' });
    report({ sheet: table.sheet, cell: 'C3', message: '表头缺少“预算数”', severity: 'warning' });
    report({ sheet: '不存在的表', cell: 'A1', message: '不会被标注' });
  },
});

async function load(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

function fillOf(cell: ExcelJS.Cell): string | undefined {
  const fill = cell.fill as ExcelJS.FillPattern | undefined;
  return fill?.fgColor?.argb;
}

describe('check --annotate', () => {
  it('writes a same-named copy with fills by worst severity and one note per cell, leaving the input as it was', async () => {
    const { dir, cleanup } = tempDir();
    try {
      const input = path.join(dir, 'in', '平乡.xlsx');
      mkdirSync(path.dirname(input));
      copyFileSync(PINGXIANG, input);
      const before = readFileSync(input);
      const out = path.join(dir, 'out');
      mkdirSync(out);
      const captured = capturedIo();
      const options = { validate: { rules: [markers] }, annotate: { dir: out, force: false }, format: 'text' as const };
      expect(await runCheck([input], options, captured.io)).toBe(1);
      expect(readFileSync(input).equals(before)).toBe(true);
      const target = path.join(out, '平乡.xlsx');
      expect(captured.out()).toContain(`已写入标注副本：${target}（标注了 2 个单元格）`);

      const copy = await load(target);
      const sheet = copy.getWorksheet('1收支总表')!;
      expect(fillOf(sheet.getCell('E39'))).toBe(SEVERITY_FILLS.error);
      expect(sheet.getCell('E39').note).toBe(
        '【错误】支出总计应为 107.54，实为 107.45（test/markers）\n【提示】舍入差异（test/markers）',
      );
      expect(fillOf(sheet.getCell('B3'))).toBe(SEVERITY_FILLS.warning);
      expect(sheet.getCell('B3').note).toContain('表头缺少“预算数”');
      // Only the painted cells changed: a neighbour that shared E39's style keeps its own look.
      expect(fillOf(sheet.getCell('E37'))).toBeUndefined();

      const original = await load(PINGXIANG);
      expect(copy.worksheets.map((w) => w.name)).toEqual(original.worksheets.map((w) => w.name));
      for (const name of ['1收支总表', '情况说明', '项目1-网络安全和信息化']) {
        const a = original.getWorksheet(name)!;
        const b = copy.getWorksheet(name)!;
        expect(b.model.merges).toEqual(a.model.merges);
        a.eachRow((row, r) =>
          row.eachCell((cell, c) => {
            expect(b.getCell(r, c).value).toEqual(cell.value);
            expect(b.getCell(r, c).numFmt).toEqual(cell.numFmt);
          }),
        );
      }
    } finally {
      cleanup();
    }
  });

  it('an annotated copy checks exactly like its original (the real catalogue)', async () => {
    const { dir, cleanup } = tempDir();
    try {
      const original = await runCli(['check', PINGXIANG, '--format', 'json', '--annotate', dir]);
      const copy = await runCli(['check', path.join(dir, path.basename(PINGXIANG)), '--format', 'json']);
      const findings = (stdout: string) => (JSON.parse(stdout) as JsonReport).files[0].findings;
      expect(findings(copy.stdout)).toEqual(findings(original.stdout));
      expect(copy.code).toBe(original.code);
    } finally {
      cleanup();
    }
  });

  it('never writes over the input, even when DIR is the input’s own folder', async () => {
    const { dir, cleanup } = tempDir();
    try {
      const input = path.join(dir, 'a.xlsx');
      copyFileSync(PINGXIANG, input);
      const before = readFileSync(input);
      const { stdout } = await runCli(['check', input, '--annotate', dir]);
      expect(stdout).toContain('标注副本的路径与原文件相同');
      expect(readFileSync(input).equals(before)).toBe(true);
    } finally {
      cleanup();
    }
  });

  it('reports a copy that cannot be written, on stderr in JSON mode, and still reports the findings', async () => {
    const { dir, cleanup } = tempDir();
    try {
      mkdirSync(path.join(dir, path.basename(PINGXIANG))); // a directory where the copy should go
      const captured = capturedIo();
      const options = { validate: { rules: [markers] }, annotate: { dir, force: false }, format: 'json' as const };
      expect(await runCheck([PINGXIANG], options, captured.io)).toBe(1);
      expect(captured.err()).toContain(`无法写入 ${PINGXIANG} 的标注副本`);
      expect(JSON.parse(captured.out()).summary.errors).toBe(2);
    } finally {
      cleanup();
    }
  });

  it('gives two inputs with the same file name distinct copies', () => {
    const next = annotationTargets('/out');
    expect([next('/x/a.xlsx'), next('/y/a.xlsx'), next('/z/A.xlsx')]).toEqual([
      path.join('/out', 'a.xlsx'),
      path.join('/out', 'a (2).xlsx'),
      path.join('/out', 'A (3).xlsx'),
    ]);
  });

  it('exits 2 with a message when DIR cannot be created (a path below a file)', async () => {
    const { code, stdout, stderr } = await runCli(['check', PINGXIANG, '--annotate', path.join(PINGXIANG, 'sub')]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('无法创建标注目录');
  });
});
