/**
 * The exceljs workbook of a file, for the one path that writes it back (an annotated copy). Import this module
 * lazily: exceljs is large and checking never needs it.
 */
import ExcelJS from 'exceljs';

export async function loadEditableWorkbook(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}
