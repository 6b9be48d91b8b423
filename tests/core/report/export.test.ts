/** Report exports: CSV (BOM, quoting, formula-injection guard), the JSON contract, and the 校验报告 sheet draft. */
import type { Finding, Report } from '../../../src/core/report/types';
import { cellHyperlink, reportSheetDraft, reportToCsv, reportToJson } from '../../../src/core/report/export';

const finding: Finding = {
  ruleId: 'sum/total-row',
  severity: 'error',
  sheet: '1收支总表',
  cell: 'E39',
  message: '支出总计应为 107.54，实为 107.45',
  expected: '107.54',
  actual: '107.45',
};

const report = (findings: Finding[]): Report => ({
  tables: [{ sheet: '1收支总表', kind: 'budget.summary', range: 'A1:E39', unit: '万元', title: '部门预算收支总表' }],
  skipped: [{ sheet: '封面', reason: '未找到可识别的表标题' }],
  warnings: [],
  findings,
  summary: { errors: findings.length, warnings: 0, infos: 0, sheets: 2 },
});

describe('reportToCsv', () => {
  it('writes a BOM, a header and one row per finding', () => {
    const lines = reportToCsv(report([finding])).split('\r\n');
    expect(lines[0]).toBe('\uFEFF级别,规则,工作表,单元格,说明,应为,实为,出错说明');
    expect(lines[1]).toBe('错误,sum/total-row,1收支总表,E39,支出总计应为 107.54，实为 107.45,107.54,107.45,');
  });

  it('quotes commas and quotes, and defuses text Excel would run as a formula', () => {
    const csv = reportToCsv(
      report([{ ...finding, message: '含"引号",逗号', actual: '=HYPERLINK("x")', expected: '-1' }]),
    );
    expect(csv.split('\r\n')[1]).toBe(`错误,sum/total-row,1收支总表,E39,"含""引号"",逗号",'-1,"'=HYPERLINK(""x"")",`);
  });

  it('lists a warning’s 出错说明, flagged when the cell changed after it was written', () => {
    const warning: Finding = { ...finding, severity: 'warning', expected: undefined, actual: undefined };
    const explained = (stale: boolean): Finding => ({
      ...warning,
      explanation: { text: '按上级口径', stale, author: '张三', date: '2026-12-06' },
    });
    const [, current, stale] = reportToCsv(report([explained(false), explained(true)])).split('\r\n');
    expect(current.endsWith(',按上级口径（张三，2026-12-06）')).toBe(true);
    expect(stale.endsWith(',按上级口径（张三，2026-12-06）〔单元格已修改，说明可能已过时〕')).toBe(true);
  });
});

describe('reportToJson', () => {
  it('follows the CLI contract: files[] with tables and findings, and a summary', () => {
    const json = JSON.parse(reportToJson(report([finding]), '预算.xlsx'));
    expect(json.files[0].file).toBe('预算.xlsx');
    expect(json.files[0].tables).toEqual([
      { sheet: '1收支总表', kind: 'budget.summary', range: 'A1:E39', unit: '万元' },
    ]);
    expect(json.files[0].findings).toEqual([finding]);
    expect(json.summary).toEqual({ errors: 1, warnings: 0, infos: 0 });
  });
});

describe('reportSheetDraft', () => {
  it('links each finding to its cell with HYPERLINK, quoting the sheet name', () => {
    expect(cellHyperlink('1收支总表', 'E39')).toBe(`=HYPERLINK("#'1收支总表'!E39","1收支总表!E39")`);
    expect(cellHyperlink('Sheet1', 'A1')).toBe('=HYPERLINK("#Sheet1!A1","Sheet1!A1")');
    expect(cellHyperlink('表"1"', 'A1')).toBe(`=HYPERLINK("#'表""1""'!A1","表""1""!A1")`);
  });

  it('builds a titled sheet: summary, header, and a row per finding', () => {
    const draft = reportSheetDraft(report([finding, { ...finding, cell: 'C39', severity: 'warning' }]), '预算.xlsx');
    const at = (row: number, col: number) => draft.cells.find((c) => c.row === row && c.col === col);
    expect(draft.name).toBe('校验报告');
    expect(at(0, 0)?.value).toBe('预算.xlsx 校验报告');
    expect(at(1, 0)?.value).toBe('2 个错误 · 0 个警告 · 0 个提示 · 已检查 2 张表');
    expect(at(2, 4)?.value).toBe('说明');
    expect(at(3, 0)?.value).toBe('错误');
    expect(at(3, 3)).toMatchObject({
      value: '1收支总表!E39',
      formula: `=HYPERLINK("#'1收支总表'!E39","1收支总表!E39")`,
    });
    expect(at(4, 0)?.value).toBe('警告');
    expect(draft.freeze).toEqual({ rows: 3 });
    expect(at(2, 7)?.value).toBe('出错说明');
    expect(draft.columnWidths).toHaveLength(8);
  });
});
