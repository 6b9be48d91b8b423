/**
 * Where the streaming reader and the exceljs reader part ways — all of it, listed: the new reader is faithful
 * to the file where exceljs loses or alters a cached result.
 */
import { workbookParts, worksheet, writeZip } from '../../../src/xlsx/hostile/zipWriter';
import { readWorkbook } from '../../../src/xlsx/reader';
import { exceljsGrids } from '../exceljsGrids';
import { gridDifferences } from './gridDifferences';

const STYLES =
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><cellXfs count="2">' +
  '<xf numFmtId="0"/><xf numFmtId="14"/></cellXfs></styleSheet>';

const ROWS = [
  // cached 0 and FALSE of formulas, and plain 0 / FALSE cells
  '<row r="1"><c r="A1"><f>B1-B1</f><v>0</v></c><c r="B1" t="b"><f>1=2</f><v>0</v></c><c r="C1"><v>0</v></c><c r="D1" t="b"><v>0</v></c></row>',
  // a formula whose cached result is the empty string
  '<row r="2"><c r="A2" t="str"><f>""&amp;""</f><v></v></c><c r="B2"><v>1</v></c></row>',
  // a date serial with a time of day, in a date format
  '<row r="3"><c r="A3" s="1"><v>45000.123456789</v></c></row>',
].join('');

it('differs from exceljs only where exceljs drops a falsy cached result or rounds a date', async () => {
  const bytes = writeZip(workbookParts([{ name: '表1', xml: worksheet(ROWS) }], { styles: STYLES }));
  const ours = readWorkbook(bytes).grids;
  expect(ours[0].values).toEqual([
    [0, false, 0, false],
    ['', 1, null, null],
    [45000.123456789, null, null, null],
  ]);
  // exceljs drops a formula's cached 0, FALSE and "" (falsy results), and rounds a date to the millisecond.
  expect(gridDifferences(ours, await exceljsGrids(bytes))).toEqual([
    '表1!0,0 values: 0 vs null',
    '表1!0,1 values: false vs null',
    '表1!1,0 values: "" vs null',
    '表1!2,0 values: 45000.123456789 vs 45000.12345679398',
    '表1!0,0 text: "0" vs ""',
    '表1!0,1 text: "false" vs ""',
    '表1!2,0 text: "45000.123456789" vs "45000.12345679398"',
  ]);
});
