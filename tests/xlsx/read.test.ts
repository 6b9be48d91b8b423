/** The exceljs reader presents cells as Office.js would: cached values, formula text, errors as text, merges top-left only. */
import ExcelJS from 'exceljs';
import { evaluateMissingValues } from '../../src/core/formula/missing';
import { UnreadableWorkbookError, readWorkbookBuffer } from '../../src/xlsx/read';

async function roundTrip(build: (sheet: ExcelJS.Worksheet) => void) {
  const workbook = new ExcelJS.Workbook();
  build(workbook.addWorksheet('表'));
  const [grid] = await readWorkbookBuffer(await workbook.xlsx.writeBuffer());
  return grid;
}

describe('readWorkbookBuffer', () => {
  it('keeps the formula text and a null value when the cached result is missing', async () => {
    const grid = await roundTrip((sheet) => {
      sheet.getCell('A1').value = 1.5;
      sheet.getCell('A2').value = { formula: 'SUM(A1:A1)' } as ExcelJS.CellFormulaValue;
      sheet.getCell('A3').value = { formula: 'A1*2', result: 3 } as ExcelJS.CellFormulaValue;
    });
    expect(grid.values.map((r) => r[0])).toEqual([1.5, null, 3]);
    expect(grid.formulas?.map((r) => r[0])).toEqual(['', '=SUM(A1:A1)', '=A1*2']);
  });

  it('reads #REF! cells and #REF! results as the error text', async () => {
    const grid = await roundTrip((sheet) => {
      sheet.getCell('A1').value = { error: '#REF!' } as ExcelJS.CellErrorValue;
      sheet.getCell('B1').value = { formula: 'SUM(#REF!)', result: { error: '#REF!' } } as ExcelJS.CellFormulaValue;
    });
    expect(grid.values[0]).toEqual(['#REF!', '#REF!']);
    expect(grid.formulas?.[0]).toEqual(['', '=SUM(#REF!)']);
  });

  it('puts a merged area’s value in its top-left cell only, and lists the merge', async () => {
    const grid = await roundTrip((sheet) => {
      sheet.getCell('A1').value = '部门收支总表';
      sheet.mergeCells('A1:C2');
    });
    expect(grid.values).toEqual([
      ['部门收支总表', null, null],
      [null, null, null],
    ]);
    expect(grid.merges).toEqual([{ top: 0, left: 0, bottom: 1, right: 2 }]);
  });

  it('shows numbers as their format displays them', async () => {
    const grid = await roundTrip((sheet) => {
      sheet.getCell('A1').value = 107.5;
      sheet.getCell('A1').numFmt = '#,##0.00';
      sheet.getCell('B1').value = 0.25;
      sheet.getCell('B1').numFmt = '0.0%';
    });
    expect(grid.text?.[0]).toEqual(['107.50', '25.0%']);
    expect(grid.numberFormat?.[0]).toEqual(['#,##0.00', '0.0%']);
  });

  it('gives shared-formula children their own translated formula, so missing values compute per row', async () => {
    const grid = await roundTrip((sheet) => {
      sheet.addRows([
        [1, 2, 3],
        [10, 20, 30],
        [100, 200, 300],
      ]);
      sheet.getCell('D1').value = {
        formula: 'SUM(A1:C1)',
        shareType: 'shared',
        ref: 'D1:D3',
      } as ExcelJS.CellFormulaValue;
      sheet.getCell('D2').value = { sharedFormula: 'D1' } as ExcelJS.CellSharedFormulaValue;
      sheet.getCell('D3').value = { sharedFormula: 'D1', result: 600 } as ExcelJS.CellSharedFormulaValue;
    });
    expect(grid.formulas?.map((r) => r[3])).toEqual(['=SUM(A1:C1)', '=SUM(A2:C2)', '=SUM(A3:C3)']);
    expect(grid.values.map((r) => r[3])).toEqual([null, null, 600]);
    expect(evaluateMissingValues(grid).values.map((r) => r[3])).toEqual([6, 60, 600]);
  });

  it('throws UnreadableWorkbookError with a zh-CN reason for bytes that are not a workbook', async () => {
    await expect(readWorkbookBuffer(Buffer.from('hello'))).rejects.toThrow(UnreadableWorkbookError);
    await expect(readWorkbookBuffer(Buffer.from('hello'))).rejects.toThrow('文件不是有效的 .xlsx 工作簿');
  });
});
