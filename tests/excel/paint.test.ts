import type { Finding, Report, Severity } from '../../src/core/report/types';
import { createOfficeHost } from '../../src/excel/host';
import { MARKS_SETTING } from '../../src/excel/marks';
import { SEVERITY_FILLS } from '../../src/excel/targets';
import { fakeEnv } from './fake/workbook';
import { FakeWorkbook } from './fake/state';

function reportOf(findings: [string, string, Severity, string?][]): Report {
  const list: Finding[] = findings.map(([sheet, cell, severity, message]) => ({
    ruleId: 'sum/total-row',
    severity,
    sheet,
    cell,
    message: message ?? `${sheet}!${cell} 有误`,
  }));
  return {
    tables: [],
    skipped: [],
    warnings: [],
    findings: list,
    summary: { errors: 0, warnings: 0, infos: 0, sheets: 0 },
  };
}

function workbook(options = {}): FakeWorkbook {
  const wb = new FakeWorkbook(options);
  for (const name of ['收支总表', '支出总表']) wb.addSheet(name, [['标题'], ['合计', 1, 2], ['a', 3, 4]]);
  wb.setFill('收支总表', 'B2', '#00B050'); // the user's own green
  wb.setFill('收支总表', 'C2', '#FFFFFF'); // a real white fill
  return wb;
}

const REPORT = reportOf([
  ['收支总表', 'B2', 'error'],
  ['收支总表', 'C2', 'warning'],
  ['收支总表', 'B3', 'info'],
  ['收支总表', 'B3', 'error', '第二条'],
  ['支出总表', 'C3', 'warning'],
]);

describe('Office host: painting and clearing', () => {
  test('read + paint take at most 5 syncs, the same for 1, 10 and 200 sheets', async () => {
    const measured: number[][] = [];
    for (const count of [1, 10, 200]) {
      const wb = new FakeWorkbook();
      const findings: [string, string, Severity][] = [];
      for (let i = 0; i < count; i++) {
        wb.addSheet(`表${i}`, [['标题'], ['合计', 1, 2]]);
        findings.push([`表${i}`, 'B2', 'error'], [`表${i}`, 'C2', 'warning']);
      }
      const host = createOfficeHost(fakeEnv(wb));
      await host.readGrids();
      const read = wb.syncs;
      const result = await host.paint(reportOf(findings));
      expect(result.painted).toBe(2 * count);
      measured.push([read, wb.syncs - read]);
    }
    expect(measured).toEqual([
      [3, 2],
      [3, 2],
      [3, 2],
    ]);
  });

  test('with only ExcelApi 1.1, read + paint also stay constant in the sheet count', async () => {
    const measured: number[] = [];
    for (const count of [1, 10, 200]) {
      const wb = new FakeWorkbook({ apiMinor: 1 });
      const findings: [string, string, Severity][] = [];
      for (let i = 0; i < count; i++) {
        wb.addSheet(`表${i}`, [['标题'], ['合计', 1, 2]]);
        findings.push([`表${i}`, 'B2', 'error']);
      }
      const host = createOfficeHost(fakeEnv(wb));
      await host.readGrids();
      await host.paint(reportOf(findings));
      expect(wb.fillOf(`表${count - 1}`, 'B2')).toBe(SEVERITY_FILLS.error);
      measured.push(wb.syncs);
    }
    expect(measured).toEqual([5, 5, 5]);
  });

  test('paints by severity with notes, then clear restores every original fill exactly', async () => {
    const wb = workbook();
    const host = createOfficeHost(fakeEnv(wb));
    await host.readGrids();
    const result = await host.paint(REPORT);
    expect(result).toEqual({ painted: 4, skipped: [] });
    expect(wb.fillOf('收支总表', 'B2')).toBe(SEVERITY_FILLS.error);
    expect(wb.fillOf('收支总表', 'C2')).toBe(SEVERITY_FILLS.warning);
    expect(wb.fillOf('收支总表', 'B3')).toBe(SEVERITY_FILLS.error); // the most severe finding wins
    expect(wb.sheet('收支总表')!.notes.get('B3')).toBe('预算校验：收支总表!B3 有误\n第二条');
    expect(wb.runs.map((run) => run.mergeUndoGroup)).toEqual([false, true]); // read, then one undoable marking

    await host.clear();
    expect(wb.fillOf('收支总表', 'B2')).toBe('#00B050');
    expect(wb.fillOf('收支总表', 'C2')).toBe('#FFFFFF');
    expect(wb.fillOf('收支总表', 'B3')).toBeNull(); // fill.clear(), not white
    expect(wb.fillOf('支出总表', 'C3')).toBeNull();
    expect(wb.sheet('收支总表')!.notes.size).toBe(0);
    expect(JSON.parse(wb.settings.get(MARKS_SETTING)!).sheets).toEqual({});
  });

  test('a finding inside a merged area marks its top-left cell, the one Excel shows', async () => {
    const wb = workbook();
    wb.sheet('支出总表')!.merges.push({ top: 1, left: 1, bottom: 2, right: 2 });
    const host = createOfficeHost(fakeEnv(wb));
    await host.readGrids();
    await host.paint(reportOf([['支出总表', 'C3', 'warning']]));
    expect(wb.fillOf('支出总表', 'B2')).toBe(SEVERITY_FILLS.warning);
    expect(wb.fillOf('支出总表', 'C3')).toBeNull();
  });

  test('a cell the user re-coloured since painting is left alone', async () => {
    const wb = workbook();
    const host = createOfficeHost(fakeEnv(wb));
    await host.readGrids();
    await host.paint(REPORT);
    wb.setFill('收支总表', 'B3', '#FF0000');
    await host.clear();
    expect(wb.fillOf('收支总表', 'B3')).toBe('#FF0000');
    expect(wb.fillOf('收支总表', 'B2')).toBe('#00B050');
  });

  test('the record survives closing and reopening the workbook', async () => {
    for (const apiMinor of [20, 1]) {
      const wb = workbook({ apiMinor });
      const first = createOfficeHost(fakeEnv(wb));
      await first.readGrids();
      await first.paint(REPORT);
      expect(wb.fillOf('支出总表', 'C3')).toBe(SEVERITY_FILLS.warning);
      const reopened = createOfficeHost(fakeEnv(wb));
      await reopened.clear();
      expect(wb.fillOf('支出总表', 'C3')).toBeNull();
      expect(wb.fillOf('收支总表', 'B2')).toBe('#00B050');
    }
  });

  test('painting again restores marks no longer wanted and keeps the true originals', async () => {
    const wb = workbook();
    const host = createOfficeHost(fakeEnv(wb));
    await host.readGrids();
    await host.paint(REPORT);
    await host.readGrids();
    await host.paint(reportOf([['收支总表', 'B2', 'warning']]));
    expect(wb.fillOf('收支总表', 'B2')).toBe(SEVERITY_FILLS.warning);
    expect(wb.fillOf('支出总表', 'C3')).toBeNull();
    expect(wb.sheet('收支总表')!.notes.has('B3')).toBe(false);
    await host.clear();
    expect(wb.fillOf('收支总表', 'B2')).toBe('#00B050');
  });

  test("the user's own note is never replaced or deleted", async () => {
    const wb = workbook();
    wb.sheet('收支总表')!.notes.set('B2', '请核对');
    const host = createOfficeHost(fakeEnv(wb));
    await host.readGrids();
    await host.paint(REPORT);
    expect(wb.sheet('收支总表')!.notes.get('B2')).toBe('请核对');
    await host.clear();
    expect(wb.sheet('收支总表')!.notes.get('B2')).toBe('请核对');
  });

  test('protected sheets are skipped with a reason; the rest is painted', async () => {
    const wb = workbook();
    wb.sheet('支出总表')!.protected = true;
    const host = createOfficeHost(fakeEnv(wb));
    await host.readGrids();
    const result = await host.paint(REPORT);
    expect(result.painted).toBe(3);
    expect(result.skipped).toEqual(['工作表“支出总表”受保护，未标记其中的问题（可撤销保护后重新校验）']);
    expect(wb.fillOf('收支总表', 'B3')).toBe(SEVERITY_FILLS.error);
  });

  test('findings on a deleted sheet or with a bad address do not break painting', async () => {
    const wb = workbook();
    const host = createOfficeHost(fakeEnv(wb));
    await host.readGrids();
    wb.sheets.splice(1, 1); // deleted after the read: the session is stale
    const result = await host.paint(
      reportOf([
        ...REPORT.findings.map((f) => [f.sheet, f.cell, f.severity] as [string, string, Severity]),
        ['收支总表', '', 'error'],
      ]),
    );
    expect(result.painted).toBe(3);
    expect(result.skipped).toEqual(['找不到工作表“支出总表”（可能已改名或删除），未标记其中的问题']);
  });

  test('with only ExcelApi 1.1: per-cell fills, document settings, no notes, no undo group', async () => {
    const wb = workbook({ apiMinor: 1 });
    wb.sheet('支出总表')!.protected = true; // unknown to the host before writing
    const host = createOfficeHost(fakeEnv(wb));
    await host.readGrids();
    const result = await host.paint(REPORT);
    expect(result.painted).toBe(3);
    expect(result.skipped).toHaveLength(1);
    expect(wb.sheet('收支总表')!.notes.size).toBe(0);
    expect(wb.runs.some((run) => run.mergeUndoGroup)).toBe(false);
    expect(wb.settings.size).toBe(0);
    await host.clear();
    expect(wb.fillOf('收支总表', 'B2')).toBe('#00B050');
    // ExcelApi 1.1 can't tell white from no fill; clearing keeps the gridlines.
    expect(wb.fillOf('收支总表', 'C2')).toBeNull();
    expect(wb.fillOf('收支总表', 'B3')).toBeNull();
  });

  test('without any settings store, painting still works and says the marks are not kept', async () => {
    const wb = workbook({ apiMinor: 1, documentSettings: false });
    const host = createOfficeHost(fakeEnv(wb));
    const result = await host.paint(REPORT);
    expect(result.painted).toBe(4);
    expect(result.skipped).toEqual(['当前 Excel 版本无法在工作簿中保存标记记录，关闭工作簿后将无法自动清除标记']);
    await host.clear();
    expect(wb.fillOf('收支总表', 'B2')).toBe('#00B050');
  });

  test('select activates the sheet and selects the cell; a hidden sheet gets a calm message', async () => {
    const wb = workbook();
    wb.sheet('支出总表')!.visibility = 'Hidden';
    const host = createOfficeHost(fakeEnv(wb));
    await host.select('收支总表', 'C3');
    expect([wb.activeSheet, wb.selection]).toEqual(['收支总表', 'C3']);
    await expect(host.select('支出总表', 'A1')).rejects.toThrow('工作表“支出总表”已隐藏，请先取消隐藏再定位到该单元格');
    await expect(host.select('不存在', 'A1')).rejects.toThrow('找不到工作表“不存在”');
  });
});
