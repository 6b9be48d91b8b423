/** `check --catalogue`: a csv or xlsx 科目目录 enables code/unknown; an unusable one stops with exit 2. */
import { readFileSync, writeFileSync } from 'fs';
import path from 'path';
import ExcelJS from 'exceljs';
import type { JsonReport } from '../../src/cli/check/jsonReport';
import { PINGXIANG, runCli, tempDir } from './helpers';

const CODES_CSV = path.join(__dirname, '..', 'core', 'catalogue', 'pingxiang-codes.csv');

/** pingxiang's own catalogue without 2013702 (一般行政管理事务), which its tables use. */
function catalogueLines(): string[] {
  return readFileSync(CODES_CSV, 'utf8')
    .split(/\r?\n/)
    .filter((line) => !line.startsWith('2013702,'));
}

function unknownFindings(stdout: string) {
  const report = JSON.parse(stdout) as JsonReport;
  return report.files[0].findings.filter((f) => f.ruleId === 'code/unknown');
}

describe('check --catalogue', () => {
  let dir: string;
  let cleanup: () => void;
  beforeEach(() => ({ dir, cleanup } = tempDir()));
  afterEach(() => cleanup());

  it('reports code/unknown for a code the csv catalogue lacks, and nothing with the full catalogue', async () => {
    const partial = path.join(dir, '科目目录.csv');
    writeFileSync(partial, catalogueLines().join('\n'));
    const withGap = await runCli(['check', PINGXIANG, '--format', 'json', '--catalogue', partial]);
    expect(withGap.stderr).toBe('');
    const findings = unknownFindings(withGap.stdout);
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.every((f) => f.message.includes('“2013702”'))).toBe(true);

    const full = await runCli(['check', PINGXIANG, '--format', 'json', '--catalogue', CODES_CSV]);
    expect(unknownFindings(full.stdout)).toEqual([]);
    const without = await runCli(['check', PINGXIANG, '--format', 'json']);
    expect(unknownFindings(without.stdout)).toEqual([]);
  });

  it('reads an .xlsx catalogue from its sheets and prints its warnings on stderr', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('功能分类');
    sheet.addRows([
      ['科目编码', '科目名称'],
      ...catalogueLines()
        .slice(1)
        .map((line) => line.split(',')),
    ]);
    sheet.addRow(['99', '不是编码']);
    const file = path.join(dir, '科目目录.xlsx');
    await workbook.xlsx.writeFile(file);
    const { code, stdout, stderr } = await runCli(['check', PINGXIANG, '--catalogue', file]);
    expect([0, 1]).toContain(code);
    expect(stdout).toContain('“2013702”');
    expect(stdout).toContain('[code/unknown]');
    expect(stderr).toContain(`科目目录 ${file}：工作表“功能分类”第`);
    expect(stderr).toContain('科目编码“99”不是支出功能分类');
  });

  it('exits 2 with a clear message when the catalogue file is missing', async () => {
    const missing = path.join(dir, '没有这个文件.csv');
    const { code, stdout, stderr } = await runCli(['check', PINGXIANG, '--catalogue', missing]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(`无法读取科目目录 ${missing}：文件或目录不存在\n`);
  });

  it('exits 2 when the catalogue holds no codes, after saying why', async () => {
    const empty = path.join(dir, 'empty.csv');
    writeFileSync(empty, '科目编码,科目名称\n');
    const { code, stdout, stderr } = await runCli(['check', PINGXIANG, '--catalogue', empty]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('科目目录中没有读到任何科目编码');
    expect(stderr).toContain(`科目目录 ${empty} 中没有可用的科目编码，未进行校验。`);
  });

  it('exits 2 for an unreadable .xlsx catalogue', async () => {
    const broken = path.join(dir, 'broken.xlsx');
    writeFileSync(broken, 'not a zip');
    const { code, stderr } = await runCli(['check', PINGXIANG, '--catalogue', broken]);
    expect(code).toBe(2);
    expect(stderr).toContain(`无法读取科目目录 ${broken}：文件不是有效的 .xlsx 工作簿`);
  });

  it('is described in the help text', async () => {
    const { stdout } = await runCli(['check', '--help']);
    expect(stdout).toContain('--catalogue <文件>');
  });
});
