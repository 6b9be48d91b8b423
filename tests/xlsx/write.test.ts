/** writeDrafts: a hand-made SheetDraft survives an .xlsx round trip with every feature a template uses. */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { SheetDraft } from '../../src/core/templates/draft';
import { uniqueSheetName, writeDrafts } from '../../src/xlsx/write';

const draft: SheetDraft = {
  name: '部门收支总表',
  cells: [
    { row: 0, col: 0, value: '部门收支总表', bold: true, align: 'center' },
    { row: 1, col: 3, value: '单位：万元', align: 'right' },
    { row: 2, col: 0, value: '项目', border: true, wrap: true },
    { row: 3, col: 0, value: '一般公共预算拨款收入' },
    { row: 3, col: 1, value: null, numberFormat: '#,##0.00', fill: '#fff2cc', border: true },
    { row: 4, col: 1, formula: '=SUM(B4:B4)', numberFormat: '#,##0.00' },
    { row: 5, col: 1, formula: 'B5*2', value: 4 },
  ],
  merges: [
    { top: 0, left: 0, bottom: 0, right: 3 },
    { top: 6, left: 0, bottom: 6, right: 0 },
  ],
  columnWidths: [30, 14],
  validations: [
    { range: { top: 3, left: 2, bottom: 5, right: 2 }, list: ['产出指标', '效益指标', '满意度指标'] },
    { range: { top: 3, left: 3, bottom: 3, right: 3 }, list: Array.from({ length: 60 }, (_, i) => `指标依据${i}`) },
  ],
  print: { landscape: true, fitToWidth: true, repeatRows: { top: 2, bottom: 3 } },
  freeze: { rows: 3, cols: 1 },
};

async function roundTrip(workbook: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const reloaded = new ExcelJS.Workbook();
  await reloaded.xlsx.load(await workbook.xlsx.writeBuffer());
  return reloaded;
}

describe('writeDrafts', () => {
  it('renders values, formulas, formats, styles, merges, widths, validations, print setup and panes', async () => {
    const source = new ExcelJS.Workbook();
    source.addWorksheet('部门收支总表').getCell('A1').value = '用户自己的表';
    expect(writeDrafts(source, [draft])).toEqual(['部门收支总表 (2)']);
    const workbook = await roundTrip(source);

    expect(workbook.getWorksheet('部门收支总表')!.getCell('A1').value).toBe('用户自己的表');
    const sheet = workbook.getWorksheet('部门收支总表 (2)')!;
    expect(sheet.getCell('A1').value).toBe('部门收支总表');
    expect(sheet.getCell('A1').font?.bold).toBe(true);
    expect(sheet.getCell('A1').alignment?.horizontal).toBe('center');
    expect(sheet.getCell('D2').alignment?.horizontal).toBe('right');
    expect(sheet.getCell('A3').alignment?.wrapText).toBe(true);
    expect(sheet.getCell('A3').border?.left?.style).toBe('thin');
    expect(sheet.getCell('B4').numFmt).toBe('#,##0.00');
    expect((sheet.getCell('B4').fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFFFF2CC');
    expect(sheet.getCell('B5').value).toEqual({ formula: 'SUM(B4:B4)' });
    expect(sheet.getCell('B6').value).toEqual({ formula: 'B5*2', result: 4 });
    // No cached results for most formulas: Excel recalculates the whole workbook when opening it.
    const workbookXml = await (
      await JSZip.loadAsync(await source.xlsx.writeBuffer())
    )
      .file('xl/workbook.xml')!
      .async('string');
    expect(workbookXml).toMatch(/<calcPr[^>]*fullCalcOnLoad="1"/);
    expect(sheet.model.merges).toEqual(['A1:D1']);
    expect(sheet.getColumn(1).width).toBe(30);
    expect(sheet.getColumn(2).width).toBe(14);

    expect(sheet.getCell('C4').dataValidation).toMatchObject({
      type: 'list',
      formulae: ['"产出指标,效益指标,满意度指标"'],
    });
    expect(sheet.getCell('C6').dataValidation?.formulae).toEqual(['"产出指标,效益指标,满意度指标"']);
    // A list too long to write inline goes to a hidden helper sheet.
    expect(sheet.getCell('D4').dataValidation?.formulae).toEqual(["'budget-lint-lists'!$A$1:$A$60"]);
    const lists = workbook.getWorksheet('budget-lint-lists')!;
    expect(lists.state).toBe('hidden');
    expect(lists.getCell('A60').value).toBe('指标依据59');

    expect(sheet.pageSetup).toMatchObject({ orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    expect(sheet.pageSetup.printTitlesRow).toBe('3:4');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 3 });
  });

  it('never reuses a name: several drafts of one name get numbered', () => {
    const workbook = new ExcelJS.Workbook();
    const names = writeDrafts(workbook, [draft, draft, { ...draft, name: 'a/b:c?' }]);
    expect(names).toEqual(['部门收支总表', '部门收支总表 (2)', 'a_b_c_']);
    expect(workbook.worksheets.map((w) => w.name).sort()).toEqual([...names, 'budget-lint-lists'].sort());
  });
});

describe('uniqueSheetName', () => {
  it('cuts to 31 characters, keeps the suffix, and compares names regardless of case', () => {
    const long = '一般公共预算财政拨款基本支出表（按部门预算经济分类科目）2024';
    expect(uniqueSheetName(long, [])).toHaveLength(31);
    const second = uniqueSheetName(long, [long.slice(0, 31)]);
    expect(second).toHaveLength(31);
    expect(second.endsWith(' (2)')).toBe(true);
    expect(uniqueSheetName('Sheet1', ['SHEET1', 'sheet1 (2)'])).toBe('Sheet1 (3)');
    expect(uniqueSheetName("''", [])).toBe('Sheet');
  });
});
