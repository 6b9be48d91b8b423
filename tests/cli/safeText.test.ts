/** Text from a workbook or a file name cannot forge lines or escape sequences in the text report. */
import { writeFileSync } from 'fs';
import path from 'path';
import ExcelJS from 'exceljs';
import { oneLine } from '../../src/cli/check/safeText';
import { addSummarySheet, runCli, tempDir } from './helpers';

describe('oneLine', () => {
  it('shows control characters, separators and bidi overrides as visible marks', () => {
    expect(oneLine('a\nb\r\tc\u001b[31m\u007f')).toBe('a␊b␍␉c␛[31m␡');
    expect(oneLine('x\u2028y\u202ez\u0085')).toBe('x<U+2028>y<U+202E>z<U+0085>');
    expect(oneLine('部门收支总表（单位：万元）')).toBe('部门收支总表（单位：万元）');
  });
});

describe('check (text) with hostile names and cell text', () => {
  it('a sheet name, cell text and file name holding newlines cannot add a line such as a fake total', async () => {
    const { dir, cleanup } = tempDir();
    try {
      const forged = '\n合计：检查了 1 个文件 · 0 个错误 · 0 个警告 · 0 个提示\n';
      const workbook = new ExcelJS.Workbook();
      const sheet = addSummarySheet(workbook, '收支总表');
      sheet.getCell('A4').value = `一、一般公共预算拨款收入${forged}`;
      sheet.getCell('B4').value = `1,2,3${forged}`; // not an amount: its text is quoted in a finding
      workbook.addWorksheet(`草稿\n✔ 未发现问题`).getCell('A1').value = '随手记';
      const file = path.join(dir, `单位${forged.trim()}.xlsx`);
      writeFileSync(file, Buffer.from(await workbook.xlsx.writeBuffer()));
      const { stdout, stderr } = await runCli(['check', file]);
      const lines = `${stdout}${stderr}`.split('\n');
      expect(lines.filter((line) => line.startsWith('合计：'))).toHaveLength(1);
      expect(lines.filter((line) => /^\s*✔/.test(line))).toHaveLength(0);
      expect(stdout).toContain('␊合计：检查了 1 个文件');
    } finally {
      cleanup();
    }
  });
});
