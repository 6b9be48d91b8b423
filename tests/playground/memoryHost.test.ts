/** The playground's in-memory WorkbookHost: read with progress, paint/clear, select, insert drafts, apply quick fixes. */
import path from 'path';
import { EXPLANATIONS_SHEET, readExplanations } from '../../src/core/explanations';
import { gridFromRows } from '../../src/core/grid/access';
import type { Finding, Report } from '../../src/core/report/types';
import { buildTemplate } from '../../src/core/templates/catalog';
import type { SheetDraft } from '../../src/core/templates/draft';
import { validateWorkbook } from '../../src/core/validate';
import { createMemoryWorkbook } from '../../src/playground/host/memoryHost';
import { readWorkbookFile } from '../../src/xlsx/read';

const finding = (sheet: string, cell: string, severity: Finding['severity'], range?: string): Finding => ({
  ruleId: 'test/rule',
  severity,
  sheet,
  cell,
  range,
  message: '测试',
});

const reportOf = (findings: Finding[]): Report => ({
  tables: [],
  skipped: [],
  warnings: [],
  findings,
  summary: { errors: 0, warnings: 0, infos: 0, sheets: 1 },
});

const draft = (name: string): SheetDraft => ({
  name,
  cells: [
    { row: 0, col: 0, value: '标题' },
    { row: 1, col: 1, value: 3, formula: '=1+2' },
  ],
  merges: [{ top: 0, left: 0, bottom: 0, right: 2 }],
  columnWidths: [10, 10, 10],
  validations: [],
  print: { landscape: false, fitToWidth: true },
});

function workbook() {
  return createMemoryWorkbook('样例.xlsx', [
    gridFromRows('表一', [
      ['a', 1],
      ['b', 2],
    ]),
    { ...gridFromRows('受保护', [['x']]), protected: true },
  ]);
}

describe('memory workbook host', () => {
  it('reads all sheets or only the named ones, reporting progress per sheet', async () => {
    const wb = workbook();
    const progress: string[] = [];
    const all = await wb.readGrids({ onProgress: (done, total) => progress.push(`${done}/${total}`) });
    expect(all.map((g) => g.name)).toEqual(['表一', '受保护']);
    expect(progress).toEqual(['1/2', '2/2']);
    expect((await wb.readGrids({ sheets: ['受保护'] })).map((g) => g.name)).toEqual(['受保护']);
  });

  it('shows the first sheet with findings on a first marking, and never moves the user on a re-check', async () => {
    const wb = createMemoryWorkbook(
      '样例.xlsx',
      ['封面', '表一', '表二'].map((name) => gridFromRows(name, [['x']])),
    );
    await wb.paint(reportOf([finding('表一', 'A1', 'warning'), finding('表二', 'A1', 'error')]));
    expect(wb.activeSheet()).toBe('表一');
    wb.activate('表二');
    await wb.paint(reportOf([finding('表一', 'A1', 'warning'), finding('表二', 'A1', 'error')]));
    expect(wb.activeSheet()).toBe('表二');
    // A re-check after the last problem on this sheet was fixed keeps the user here.
    await wb.paint(reportOf([finding('表一', 'A1', 'warning')]));
    expect(wb.activeSheet()).toBe('表二');
  });

  it('stores 出错说明 as a very hidden sheet that the next read returns', async () => {
    const wb = workbook();
    const explanation = { ruleId: 'test/rule', sheet: '表一', cell: 'B1', fingerprint: '0', text: '说明' };
    await wb.writeExplanations([explanation]);
    await wb.writeExplanations([{ ...explanation, text: '改过的说明' }]);
    const grids = await wb.readGrids();
    expect(grids.filter((g) => g.name === EXPLANATIONS_SHEET).map((g) => g.visibility)).toEqual(['veryHidden']);
    expect(readExplanations(grids).map((e) => e.text)).toEqual(['改过的说明']);
  });

  it('paints the most severe finding per cell, every cell of a range, and skips protected sheets', async () => {
    const wb = workbook();
    const result = await wb.paint(
      reportOf([
        finding('表一', 'A1', 'info'),
        finding('表一', 'A1', 'error'),
        finding('表一', 'A2', 'warning', 'A2:B2'),
        finding('受保护', 'A1', 'error'),
      ]),
    );
    expect(result.painted).toBe(3);
    expect(result.skipped).toEqual(['受保护：工作表受保护，未标记']);
    expect(wb.getState().marks).toEqual({ 表一: { A1: 'error', A2: 'warning', B2: 'warning' } });
  });

  it('replaces earlier marks on a new paint and removes them all on clear', async () => {
    const wb = workbook();
    await wb.paint(reportOf([finding('表一', 'A1', 'error')]));
    await wb.paint(reportOf([finding('表一', 'B2', 'info')]));
    expect(wb.getState().marks).toEqual({ 表一: { B2: 'info' } });
    await wb.clear();
    expect(wb.getState().marks).toEqual({});
  });

  it('an edit replaces the grid and the edited row only, so the view and the validator worker resend one row', () => {
    const grid = gridFromRows(
      '表',
      [
        [1, 2],
        [3, 4],
        [5, 6],
      ],
      {
        text: [
          ['1', '2'],
          ['3', '4'],
          ['5', '6'],
        ],
        formulas: [
          ['', ''],
          ['', '=A1'],
          ['', ''],
        ],
      },
    );
    const workbook = createMemoryWorkbook('测试.xlsx', [grid]);
    workbook.setCell('表', 'B2', '40');
    const edited = workbook.getState().sheets[0];
    expect(edited.values).toEqual([
      [1, 2],
      [3, 40],
      [5, 6],
    ]);
    expect(edited.text![1]).toEqual(['3', '40']);
    expect(edited.formulas![1]).toEqual(['', '']);
    expect(grid.values[1]).toEqual([3, 4]); // the previous state is untouched
    for (const key of ['values', 'text', 'formulas'] as const) {
      expect(edited[key]![0]).toBe(grid[key]![0]);
      expect(edited[key]![1]).not.toBe(grid[key]![1]);
      expect(edited[key]![2]).toBe(grid[key]![2]);
    }
  });

  it('selects a cell, activating its sheet and notifying subscribers', async () => {
    const wb = workbook();
    const seen: string[] = [];
    wb.subscribe(() => seen.push(wb.activeSheet()));
    await wb.select('受保护', 'A1');
    expect(wb.getState().selection).toEqual({ sheet: '受保护', cell: 'A1' });
    expect(seen).toEqual(['受保护']);
    await expect(wb.select('不存在', 'A1')).rejects.toThrow('不存在');
  });

  it('inserts drafts as new sheets with unique names, never overwriting', async () => {
    const wb = workbook();
    const names = await wb.insert([draft('表一'), draft('表一')]);
    expect(names).toEqual(['表一 (2)', '表一 (3)']);
    const grid = wb.getState().sheets[2];
    expect(grid.values[0][0]).toBe('标题');
    expect(grid.values[1][1]).toBe(3);
    expect(grid.formulas?.[1][1]).toBe('=1+2');
    expect(grid.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 2 }]);
    expect(wb.activeSheet()).toBe('表一 (2)');
  });

  it('computes the formulas of an inserted draft that come without a value', async () => {
    const wb = workbook();
    const totals: SheetDraft = {
      ...draft('合计'),
      cells: [
        { row: 0, col: 0, value: 1.25 },
        { row: 0, col: 1, value: 2 },
        { row: 0, col: 2, formula: '=SUM(A1:B1)' },
        { row: 1, col: 2, formula: '=C1*2' },
      ],
    };
    await wb.insert([totals]);
    const grid = wb.getState().sheets[2];
    expect(grid.values.map((row) => row[2])).toEqual([3.25, 6.5]);
    expect(grid.formulas?.map((row) => row[2])).toEqual(['=SUM(A1:B1)', '=C1*2']);
  });

  it('shows a real template’s totals as computed numbers right after insert', async () => {
    const wb = workbook();
    await wb.insert(buildTemplate('budget-summary', { unitName: '测试单位', year: 2024, unit: '万元' }));
    const grid = wb.getState().sheets[2];
    const formulaValues = grid.values.flatMap((row, r) => row.filter((_, c) => grid.formulas?.[r][c]));
    expect(formulaValues.length).toBeGreaterThan(0);
    expect(formulaValues.every((value) => typeof value === 'number')).toBe(true);
    expect(grid.readWarnings).toBeUndefined();
  });

  it('applies an insert-rows fix: rows shift down and the new rows hold the values', async () => {
    const wb = workbook();
    await wb.applyFix({
      kind: 'insert-rows',
      description: '插入',
      sheet: '表一',
      beforeRow: 1,
      startCol: 1,
      rows: [['新', 9]],
    });
    const grid = wb.getState().sheets[0];
    expect(grid.values).toEqual([
      ['a', 1, null],
      [null, '新', 9],
      ['b', 2, null],
    ]);
    expect(wb.getState().selection).toEqual({ sheet: '表一', cell: 'B2' });
  });

  it('a quick fix proposed for a real workbook makes its finding go away', async () => {
    const grids = await readWorkbookFile(path.join(__dirname, '../fixtures/shanhaiguan-performance.xlsx'));
    const wb = createMemoryWorkbook('shanhaiguan-performance.xlsx', grids);
    const before = validateWorkbook(await wb.readGrids());
    const fixable = before.findings.find((f) => f.fix);
    if (!fixable?.fix) throw new Error('expected a finding with a quick fix in shanhaiguan-performance.xlsx');
    await wb.applyFix(fixable.fix);
    const after = validateWorkbook(await wb.readGrids());
    const onSheet = (report: Report) => report.findings.filter((f) => f.sheet === fixable.sheet).map((f) => f.message);
    expect(onSheet(before)).toContain(fixable.message);
    expect(onSheet(after)).not.toContain(fixable.message);
  });
});
