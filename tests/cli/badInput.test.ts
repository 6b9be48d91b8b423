/** Bad input never crashes a run: a clear zh-CN message per file, the rest still checked, exit 2 only when nothing was read. */
import { readFileSync, readdirSync, writeFileSync } from 'fs';
import path from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { JsonReport } from '../../src/cli/check/jsonReport';
import { PINGXIANG, addSummarySheet, runCli, tempDir } from './helpers';

let dir: string;
let cleanup: () => void;
beforeAll(() => ({ dir, cleanup } = tempDir()));
afterAll(() => cleanup());

const NOT_XLSX = '文件不是有效的 .xlsx 工作簿';

async function save(name: string, workbook: ExcelJS.Workbook): Promise<string> {
  const file = path.join(dir, name);
  await workbook.xlsx.writeFile(file);
  return file;
}

function expectNoStack(text: string): void {
  expect(text).not.toMatch(/\n\s+at /);
}

describe('unreadable files', () => {
  it.each([
    ['a truncated (corrupt) workbook', () => readFileSync(PINGXIANG).subarray(0, 5000), '文件不完整'],
    ['a text file renamed .xlsx', () => Buffer.from('单位名称,金额\n测试,1\n'), NOT_XLSX],
    ['an empty file', () => Buffer.alloc(0), NOT_XLSX],
  ])('%s: a message, exit 2 when it is the only input', async (_label, bytes, reason) => {
    const file = path.join(dir, 'bad.xlsx');
    writeFileSync(file, bytes());
    const { code, stdout, stderr } = await runCli(['check', file]);
    expect(code).toBe(2);
    expect(stderr).toContain(`无法读取 ${file}：${reason}`);
    expect(stderr).toContain('没有可以读取的工作簿');
    expect(stdout).toContain('合计：检查了 1 个文件（其中 1 个无法读取）');
    expectNoStack(stderr);
  });

  it('a corrupt file among good ones: the good one is still checked and decides the exit code', async () => {
    const bad = path.join(dir, 'broken.xlsx');
    writeFileSync(bad, readFileSync(PINGXIANG).subarray(0, 5000));
    const { code, stdout, stderr } = await runCli(['check', bad, PINGXIANG, '--format', 'json']);
    const report = JSON.parse(stdout) as JsonReport;
    expect(report.files.map((f) => [f.file, f.error !== undefined])).toEqual([
      [bad, true],
      [PINGXIANG, false],
    ]);
    expect(report.files[1].tables.length).toBeGreaterThan(5);
    expect(code).toBe(report.summary.errors > 0 ? 1 : 0);
    expect(stderr).toContain(`无法读取 ${bad}`);
  });

  it('overlapping merged areas (Excel calls the file damaged) are read, with a warning naming them', async () => {
    const workbook = new ExcelJS.Workbook();
    addSummarySheet(workbook);
    const zip = await JSZip.loadAsync(await workbook.xlsx.writeBuffer());
    const xml = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    zip.file(
      'xl/worksheets/sheet1.xml',
      xml.replace(
        /<mergeCells[^]*<\/mergeCells>/,
        '<mergeCells count="2"><mergeCell ref="A1:D1"/><mergeCell ref="B1:C3"/></mergeCells>',
      ),
    );
    const file = path.join(dir, 'overlap.xlsx');
    writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer' }));
    const { code, stdout } = await runCli(['check', file]);
    expect(code).not.toBe(2);
    expect(stdout).toContain('合并单元格相互重叠');
  });
});

describe('readable but odd workbooks', () => {
  it('a workbook with no sheets is an error for that file, never a pass; exit 2 when it is the only input', async () => {
    const file = await save('empty.xlsx', new ExcelJS.Workbook());
    const { code, stdout, stderr } = await runCli(['check', file]);
    expect(code).toBe(2);
    expect(stderr).toContain(`无法读取 ${file}：工作簿中没有工作表`);
    expect(stdout).not.toContain('未发现问题');
  });

  it('a zip that is not a workbook is an error, and gets no annotated copy', async () => {
    const zip = new JSZip();
    zip.file('readme.txt', '不是工作簿');
    const file = path.join(dir, 'notes.xlsx');
    writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer' }));
    const out = path.join(dir, 'copies');
    const { code, stdout, stderr } = await runCli(['check', file, '--annotate', out]);
    expect(code).toBe(2);
    expect(stderr).toContain(`无法读取 ${file}`);
    expect(stdout).not.toContain('未发现问题');
    expect(readdirSync(out)).toEqual([]);
  });

  it('blank and unrecognized sheets are listed as skipped with the reason', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('空白');
    workbook.addWorksheet('草稿').getCell('B2').value = '随手记';
    addSummarySheet(workbook);
    const { code, stdout } = await runCli(['check', await save('odd.xlsx', workbook)]);
    expect(code).toBe(0);
    expect(stdout).toContain('已识别 1 张表：\n    收支总表 → 部门收支总表（A1:D5，单位：万元）');
    expect(stdout).toContain('跳过 2 张工作表：\n    空白：空工作表\n    草稿：未找到可识别的表标题');
  });

  it('formulas without cached values, #REF! cells and merged-cell chaos do not break the run', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = addSummarySheet(workbook);
    sheet.getCell('B5').value = { formula: 'SUM(B4:B4)' } as ExcelJS.CellFormulaValue; // never calculated
    sheet.getCell('D5').value = { formula: 'SUM(#REF!)', result: { error: '#REF!' } } as ExcelJS.CellFormulaValue;
    sheet.getCell('D4').value = { error: '#REF!' } as ExcelJS.CellErrorValue;
    sheet.mergeCells('A3:A4'); // a merge across header and body, hiding A4's label
    sheet.mergeCells('C2:D5'); // a merge swallowing the unit line and part of the body
    sheet.mergeCells('F9:F9');
    const { code, stdout, stderr } = await runCli(['check', await save('chaos.xlsx', workbook), '--format', 'json']);
    expect(code).not.toBe(2);
    expect(stderr).toBe('');
    expect((JSON.parse(stdout) as JsonReport).files[0].error).toBeUndefined();
  });

  it('a sheet of 100,000 rows is read and checked', async () => {
    const file = path.join(dir, 'big.xlsx');
    const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file });
    const sheet = writer.addWorksheet('明细');
    sheet.addRow(['部门支出总表']).commit();
    sheet.addRow(['单位：元']).commit();
    for (let i = 0; i < 100_000; i++) sheet.addRow([`科目${i}`, i]).commit();
    sheet.commit();
    await writer.commit();
    const { code, stdout } = await runCli(['check', file, '--format', 'json']);
    expect(code).not.toBe(2);
    expect((JSON.parse(stdout) as JsonReport).files[0].tables).toEqual([
      { sheet: '明细', kind: 'budget.expenditure', range: 'A1:B100002', unit: '元' },
    ]);
  }, 60_000);
});
