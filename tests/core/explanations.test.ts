/** 出错说明: stored in a very hidden sheet, applied to warnings while the cell's value is unchanged, never to errors. */
import ExcelJS from 'exceljs';
import {
  EXPLANATIONS_SHEET,
  explanationRows,
  readExplanations,
  withExplanation,
  type Explanation,
} from '../../src/core/explanations';
import { parseA1 } from '../../src/core/grid/address';
import type { SheetGrid } from '../../src/core/grid/types';
import type { Finding } from '../../src/core/report/types';
import { validateWorkbook } from '../../src/core/validate';
import { readWorkbookBuffer } from '../../src/xlsx/read';
import { loadPingxiang } from './helpers/fixtures';

/** The grids with the explanations sheet as a host writes it. */
function withSheet(grids: SheetGrid[], explanations: Explanation[]): SheetGrid[] {
  const rows = explanationRows(explanations);
  const sheet: SheetGrid = {
    name: EXPLANATIONS_SHEET,
    origin: { row: 0, col: 0 },
    values: rows,
    merges: [],
    visibility: 'veryHidden',
  };
  return [...grids, sheet];
}

function setValue(grids: SheetGrid[], finding: Finding, value: string | number): SheetGrid[] {
  return grids.map((g) => {
    if (g.name !== finding.sheet) return g;
    const { row, col } = parseA1(finding.cell);
    const values = g.values.map((line) => [...line]);
    values[row - g.origin.row][col - g.origin.col] = value;
    return { ...g, values, text: undefined, formulas: undefined };
  });
}

describe('出错说明', () => {
  let grids: SheetGrid[];
  let warning: Finding;
  let error: Finding;
  beforeAll(async () => {
    grids = await loadPingxiang();
    const report = validateWorkbook(grids);
    warning = report.findings.find((f) => f.severity === 'warning')!;
    error = report.findings.find((f) => f.severity === 'error')!;
    expect(warning).toBeDefined();
    expect(error).toBeDefined();
  });

  it('marks an explained warning and keeps it out of the blocking count', () => {
    const before = validateWorkbook(grids);
    const explained = withExplanation([], warning, '本表按上级要求以元为单位', grids, {
      author: '财务科',
      date: '2026-12-06',
    });
    const report = validateWorkbook(withSheet(grids, explained));
    const found = report.findings.find(
      (f) => f.ruleId === warning.ruleId && f.cell === warning.cell && f.sheet === warning.sheet,
    );
    expect(found?.explanation).toEqual({
      text: '本表按上级要求以元为单位',
      stale: false,
      author: '财务科',
      date: '2026-12-06',
    });
    expect(report.summary.warnings).toBe(before.summary.warnings - 1);
    expect(report.summary.explained).toBe(1);
  });

  it('never checks or reports the explanations sheet itself', () => {
    const report = validateWorkbook(withSheet(grids, withExplanation([], warning, '说明', grids)));
    expect(report.findings.some((f) => f.sheet === EXPLANATIONS_SHEET)).toBe(false);
    expect(report.skipped.some((s) => s.sheet === EXPLANATIONS_SHEET)).toBe(false);
    expect(report.summary.sheets).toBe(grids.length);
  });

  it('shows the explanation as stale once the cell’s value changes, and counts the warning again', () => {
    // Written while the cell held another value; the workbook now holds the value that raised the warning.
    const explained = withExplanation([], warning, '说明', setValue(grids, warning, '写说明时的值'));
    const report = validateWorkbook(withSheet(grids, explained));
    const found = report.findings.find((f) => f.ruleId === warning.ruleId && f.cell === warning.cell);
    expect(found?.explanation).toEqual({ text: '说明', stale: true });
    expect(report.summary.explained).toBe(0);
    expect(report.summary.warnings).toBe(validateWorkbook(grids).summary.warnings);
  });

  it('refuses to explain an error, and ignores an error row forged into the sheet', () => {
    expect(() => withExplanation([], error, '不改了', grids)).toThrow('错误必须改正');
    const forged: Explanation = {
      ruleId: error.ruleId,
      sheet: error.sheet,
      cell: error.cell,
      fingerprint: '',
      text: '不改了',
    };
    const report = validateWorkbook(withSheet(grids, [forged]));
    expect(
      report.findings.find((f) => f.ruleId === error.ruleId && f.cell === error.cell)?.explanation,
    ).toBeUndefined();
  });

  it('replaces an explanation, and removes it when the text is cleared', () => {
    const first = withExplanation([], warning, '甲', grids);
    expect(withExplanation(first, warning, '乙', grids).map((e) => e.text)).toEqual(['乙']);
    expect(withExplanation(first, warning, '  ', grids)).toEqual([]);
  });

  it('survives an exceljs save and reread (very hidden sheet, text cells)', async () => {
    const explained = withExplanation([], warning, '=说明以等号开头也只是文字', grids);
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet(EXPLANATIONS_SHEET, { state: 'veryHidden' });
    explanationRows(explained).forEach((row) => sheet.addRow(row));
    const reread = await readWorkbookBuffer(new Uint8Array(await workbook.xlsx.writeBuffer()));
    expect(reread[0].visibility).toBe('veryHidden');
    expect(readExplanations(reread)).toEqual(explained);
    const report = validateWorkbook([...grids, ...reread]);
    expect(
      report.findings.find((f) => f.ruleId === warning.ruleId && f.cell === warning.cell)?.explanation?.stale,
    ).toBe(false);
  });

  it('reads nothing from a sheet of that name that is not ours', () => {
    const foreign: SheetGrid = {
      name: EXPLANATIONS_SHEET,
      origin: { row: 0, col: 0 },
      values: [['随便'], ['a', 'b', 'c', 'd', 'e']],
      merges: [],
    };
    expect(readExplanations([foreign])).toEqual([]);
  });
});
