/** Test helpers for the CLI: run main() with captured streams, temp dirs, generated bad workbooks. */
import { spawnSync } from 'child_process';
import { mkdtempSync, rmSync } from 'fs';
import os from 'os';
import path from 'path';
import ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';
import type { CliIo } from '../../src/cli/io';

export const FIXTURES = path.join(__dirname, '..', 'fixtures');
export const PINGXIANG = path.join(FIXTURES, 'pingxiang-2023-department-budget.xlsx');

/** Compiles build/ as `npm run build:cli` does: worker threads (`--jobs`) run the compiled code, not src/. */
export function buildCli(): void {
  const root = path.join(__dirname, '..', '..');
  spawnSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.cli.json'], { cwd: root });
}

export interface Captured {
  io: CliIo;
  out(): string;
  err(): string;
}

export function capturedIo(options: Partial<Pick<CliIo, 'colorStdout' | 'stderrIsTTY'>> = {}): Captured {
  let out = '';
  let err = '';
  return {
    io: {
      stdout: (t) => void (out += t),
      stderr: (t) => void (err += t),
      colorStdout: options.colorStdout ?? false,
      stderrIsTTY: options.stderrIsTTY ?? false,
      cwd: process.cwd(),
    },
    out: () => out,
    err: () => err,
  };
}

export async function runCli(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const captured = capturedIo();
  const code = await main(argv, captured.io);
  return { code, stdout: captured.out(), stderr: captured.err() };
}

/** A fresh temp dir, removed by the returned cleanup. */
export function tempDir(): { dir: string; cleanup(): void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'budget-lint-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A minimal but recognizable 部门收支总表 sheet (title, unit line, header, a few rows). */
export function addSummarySheet(workbook: ExcelJS.Workbook, name = '收支总表'): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name);
  sheet.addRows([
    ['部门收支总表'],
    ['单位名称：测试单位', '', '单位：万元'],
    ['收入', '预算数', '支出', '预算数'],
    ['一、一般公共预算拨款收入', 10, '一、一般公共服务支出', 10],
    ['收入总计', 10, '支出总计', 10],
  ]);
  sheet.mergeCells('A1:D1');
  return sheet;
}
