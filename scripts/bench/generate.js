// Generates the benchmark workbook: pingxiang's published budget workbook replicated for many units, each copy
// with its own generated 功能分类 code hierarchy (consistent sums, varied amounts) in the big detail tables.
const path = require('path');
const ExcelJS = require('exceljs');

/** Bump when the generated workbook changes, so a cached copy is rebuilt. */
const GENERATOR_VERSION = 1;

/** Detail tables (序号 | 编码 | 名称 | amounts…) whose body is generated: sheet name → how a leaf amount splits into columns (1-based). */
const DETAIL_TABLES = {
  '2收入总表': (fen) => ({ 4: fen, 5: fen, 6: fen }),
  '3支出总表': splitBasicProject,
  '5一般公共预算支出表': splitBasicProject,
};

/** 合计 in column 4, split into 基本支出 (5) and 项目支出 (6) — about 70 % basic. */
function splitBasicProject(fen, random) {
  const basic = Math.round(fen * (0.6 + 0.2 * random()));
  return { 4: fen, 5: basic, 6: fen - basic };
}

/** Deterministic PRNG (mulberry32): the same workbook on every run. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** 类 × 款 × 项 code rows with exact sums: leaves split into amount columns (in 分), parents the column sums. */
function codeHierarchy(random, split, { classes, sections, items }) {
  const rows = [];
  const addTo = (row, amounts) => {
    for (const [col, fen] of Object.entries(amounts)) row.amounts[col] = (row.amounts[col] ?? 0) + fen;
  };
  for (let c = 0; c < classes; c++) {
    const classCode = String(201 + c);
    const classRow = { code: classCode, name: `${classCode}类支出`, amounts: {} };
    rows.push(classRow);
    for (let s = 0; s < sections; s++) {
      const sectionCode = classCode + String(s + 1).padStart(2, '0');
      const sectionRow = { code: sectionCode, name: `${sectionCode}款事务`, amounts: {} };
      rows.push(sectionRow);
      for (let i = 0; i < items; i++) {
        const amounts = split(100 + Math.floor(random() * 5_000_000), random);
        rows.push({ code: sectionCode + String(i + 1).padStart(2, '0'), name: `项目${i + 1}`, amounts });
        addTo(sectionRow, amounts);
      }
      addTo(classRow, sectionRow.amounts);
    }
  }
  const total = { code: '', name: '合计', amounts: {} };
  for (const row of rows) if (row.code.length === 3) addTo(total, row.amounts);
  return [total, ...rows];
}

/** Writes `units` copies of the template workbook's sheets; returns { sheets, cells }. */
async function generateWorkbook(templateFile, outFile, { units, hierarchy }) {
  const template = new ExcelJS.Workbook();
  await template.xlsx.readFile(templateFile);
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: outFile, useStyles: true });
  let sheets = 0;
  let cells = 0;
  for (let unit = 0; unit < units; unit++) {
    const random = prng(unit + 1);
    for (const source of template.worksheets) {
      const name = `${unit + 1}-${source.name}`.slice(0, 31);
      const target = writer.addWorksheet(name);
      const split = DETAIL_TABLES[source.name];
      const headerRows = split ? 5 : source.rowCount;
      for (let r = 1; r <= headerRows; r++) {
        const values = [];
        source.getRow(r).eachCell((cell, c) => {
          if (!cell.isMerged || cell.master.address === cell.address) values[c] = cell.value;
        });
        target.getRow(r).values = values;
        cells += source.columnCount;
      }
      // The streaming writer can only merge rows it has not committed yet: merge the header first.
      for (const merge of source.model.merges ?? []) if (rowOf(merge) <= headerRows) target.mergeCells(merge);
      if (split)
        cells += writeDetailBody(target, headerRows, codeHierarchy(random, split, hierarchy), source.columnCount);
      target.commit();
      sheets++;
    }
  }
  await writer.commit();
  return { sheets, cells };
}

function writeDetailBody(target, top, body, width) {
  body.forEach((row, i) => {
    const values = [i + 1, row.code, row.name];
    for (const [col, fen] of Object.entries(row.amounts)) values[Number(col) - 1] = fen / 100;
    const written = target.getRow(top + i + 1);
    written.values = values;
    for (let c = 4; c <= width; c++) written.getCell(c).numFmt = '0.00';
  });
  return body.length * width;
}

function rowOf(mergeRange) {
  return Number(/\d+$/.exec(mergeRange)[0]);
}

module.exports = {
  generateWorkbook,
  GENERATOR_VERSION,
  templateFile: path.join(__dirname, '..', '..', 'tests', 'fixtures', 'pingxiang-2023-department-budget.xlsx'),
};
