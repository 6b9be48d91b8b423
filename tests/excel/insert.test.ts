import type { SheetDraft } from '../../src/core/templates/draft';
import { FIX_FILL } from '../../src/excel/fix';
import { createOfficeHost } from '../../src/excel/host';
import { uniqueSheetName } from '../../src/excel/sheet-names';
import { SEVERITY_FILLS } from '../../src/excel/targets';
import { fakeEnv } from './fake/workbook';
import { FakeWorkbook } from './fake/state';

function draft(name: string): SheetDraft {
  return {
    name,
    cells: [
      { row: 0, col: 0, value: '部门收支总表', bold: true, align: 'center' },
      { row: 1, col: 0, value: '单位：万元', align: 'right' },
      { row: 2, col: 0, value: '项目', border: true, wrap: true },
      { row: 2, col: 1, value: '201', numberFormat: '@' },
      { row: 3, col: 0, value: '001' },
      { row: 3, col: 1, formula: '=SUM(B5:B9)', numberFormat: '#,##0.00', fill: '#FFF2CC' },
    ],
    merges: [{ top: 0, left: 0, bottom: 0, right: 1 }],
    columnWidths: [20, 12],
    validations: [
      { range: { top: 4, left: 0, bottom: 9, right: 0 }, list: ['产出指标', '效益指标', '满意度指标'] },
      {
        range: { top: 4, left: 1, bottom: 9, right: 1 },
        list: Array.from({ length: 40 }, (_, i) => `很长的指标名称第${i}项`),
      },
    ],
    print: { landscape: true, fitToWidth: true, repeatRows: { top: 0, bottom: 2 } },
    freeze: { rows: 3 },
  };
}

describe('Office host: inserting templates', () => {
  test('never overwrites: picks unique names, renders every feature, activates the first, in 2 syncs', async () => {
    const wb = new FakeWorkbook();
    wb.addSheet('部门收支总表', [['已有内容']]);
    const host = createOfficeHost(fakeEnv(wb));
    const names = await host.insert([draft('部门收支总表'), draft('部门收支总表')]);
    expect(names).toEqual(['部门收支总表 (2)', '部门收支总表 (3)']);
    expect(wb.syncs).toBe(2);
    expect(wb.sheet('部门收支总表')!.cells.get('0,0')!.value).toBe('已有内容');
    expect(wb.activeSheet).toBe('部门收支总表 (2)');

    const sheet = wb.sheet('部门收支总表 (2)')!;
    const cell = (row: number, col: number) => sheet.cells.get(`${row},${col}`)!;
    expect(cell(0, 0)).toMatchObject({ value: '部门收支总表', bold: true, align: 'Center' });
    expect(cell(2, 1)).toMatchObject({ value: '201', numberFormat: '@' });
    expect(cell(3, 0).value).toBe('001'); // text stays text
    expect(cell(3, 1)).toMatchObject({ formula: '=SUM(B5:B9)', numberFormat: '#,##0.00', fill: '#FFF2CC' });
    expect(cell(2, 0)).toMatchObject({ border: true, wrap: true });
    expect(sheet.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 1 }]);
    expect(sheet.columnWidths.get(0)).toBeCloseTo(113.9, 1);
    expect(sheet.validations[0]).toEqual({ address: 'A5:A10', source: '产出指标,效益指标,满意度指标' });
    // A list too long to write inline lives in a hidden helper column.
    expect(sheet.validations[1]).toEqual({ address: 'B5:B10', source: '=$D$1:$D$40' });
    expect(sheet.hiddenColumns.has(3)).toBe(true);
    expect(sheet.freeze).toEqual({ rows: 3, cols: 0 });
    expect(sheet.print).toEqual({ orientation: 'Landscape', fitToWidth: true, titleRows: '$1:$3' });
  });

  test('with only ExcelApi 1.1 the contents are still inserted', async () => {
    const wb = new FakeWorkbook({ apiMinor: 1 });
    const names = await createOfficeHost(fakeEnv(wb)).insert([draft('收支总表')]);
    const sheet = wb.sheet(names[0])!;
    expect(sheet.cells.get('3,1')!.formula).toBe('=SUM(B5:B9)');
    expect(sheet.merges).toEqual([]);
    expect(sheet.validations).toEqual([]);
  });

  test('unique sheet names: legal, at most 31 characters, case-insensitive', () => {
    expect(uniqueSheetName('表1：收支/总表?', [])).toBe('表1：收支_总表_');
    expect(uniqueSheetName('Sheet', ['sheet', 'SHEET (2)'])).toBe('Sheet (3)');
    const long = 'x'.repeat(40);
    expect(uniqueSheetName(long, ['x'.repeat(31)])).toBe(`${'x'.repeat(27)} (2)`);
    expect(uniqueSheetName("''", [])).toBe('Sheet');
  });
});

describe('Office host: quick fix for indicator/required-missing', () => {
  test('inserts the missing rows with labels, highlighted, and keeps marks below pointing at their cells', async () => {
    const wb = new FakeWorkbook();
    wb.addSheet('绩效目标表', [
      ['一级指标', '二级指标'],
      ['产出指标', '数量指标'],
      ['满意度指标', '服务对象满意度指标'],
    ]);
    const host = createOfficeHost(fakeEnv(wb));
    await host.readGrids();
    const report = {
      tables: [],
      skipped: [],
      warnings: [],
      summary: { errors: 1, warnings: 0, infos: 0, sheets: 1 },
      findings: [{ ruleId: 'x', severity: 'error' as const, sheet: '绩效目标表', cell: 'B3', message: '缺少效益指标' }],
    };
    await host.paint(report);
    const range = await host.applyFix({
      kind: 'insert-rows',
      description: '插入效益指标',
      sheet: '绩效目标表',
      beforeRow: 2,
      startCol: 0,
      rows: [
        ['效益指标', '社会效益指标'],
        [null, '可持续影响指标'],
      ],
    });
    expect(range).toBe('A3:B4');
    const sheet = wb.sheet('绩效目标表')!;
    expect(sheet.cells.get('2,0')).toMatchObject({ value: '效益指标', fill: FIX_FILL });
    expect(sheet.cells.get('3,1')).toMatchObject({ value: '可持续影响指标', fill: FIX_FILL });
    expect(sheet.cells.get('4,1')!.value).toBe('服务对象满意度指标');
    expect(wb.fillOf('绩效目标表', 'B5')).toBe(SEVERITY_FILLS.error);
    expect(wb.selection).toBe('A3');
    await host.clear();
    expect(wb.fillOf('绩效目标表', 'B5')).toBeNull();
  });

  test('a protected sheet gives a calm zh-CN error', async () => {
    const wb = new FakeWorkbook();
    wb.addSheet('绩效目标表', [['一级指标']], { protected: true });
    const fix = {
      kind: 'insert-rows' as const,
      description: '',
      sheet: '绩效目标表',
      beforeRow: 1,
      startCol: 0,
      rows: [['效益指标']],
    };
    await expect(createOfficeHost(fakeEnv(wb)).applyFix(fix)).rejects.toThrow(
      '插入缺失行失败：工作表或工作簿受保护，Excel 拒绝了修改',
    );
  });
});
