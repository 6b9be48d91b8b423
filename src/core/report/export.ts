/**
 * A report in the shapes a user takes away: CSV and JSON files (playground), and a "校验报告" sheet
 * draft with a hyperlink to every finding's cell (Excel). Pure, so every host exports the same thing.
 */
import { qualify } from '../grid/address';
import type { CellValue } from '../grid/types';
import type { DraftCell, SheetDraft } from '../templates/draft';
import { SEVERITY_LABELS } from './severity';
import type { Finding, Report } from './types';

export const REPORT_SHEET_NAME = '校验报告';

const COLUMNS = ['级别', '规则', '工作表', '单元格', '说明', '应为', '实为', '出错说明'] as const;

function findingRow(f: Finding): string[] {
  return [
    SEVERITY_LABELS[f.severity],
    f.ruleId,
    f.sheet,
    f.cell,
    f.message,
    f.expected ?? '',
    f.actual ?? '',
    explanationText(f),
  ];
}

/** The 出错说明 column: the user's text, flagged when the cell changed after it was written. */
function explanationText(f: Finding): string {
  if (!f.explanation) return '';
  const by = [f.explanation.author, f.explanation.date].filter(Boolean).join('，');
  const text = by ? `${f.explanation.text}（${by}）` : f.explanation.text;
  return f.explanation.stale ? `${text}〔单元格已修改，说明可能已过时〕` : text;
}

/**
 * CSV with a BOM (so Excel opens it as UTF-8). Cell text is untrusted: a field that Excel would
 * read as a formula (=, +, -, @ …) is prefixed with an apostrophe.
 */
export function reportToCsv(report: Report): string {
  const lines = [COLUMNS.join(','), ...report.findings.map((f) => findingRow(f).map(csvField).join(','))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

function csvField(text: string): string {
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The JSON contract of the CLI (DESIGN.md §5) for one workbook. */
export function reportToJson(report: Report, file: string): string {
  const { errors, warnings, infos } = report.summary;
  const document = {
    files: [
      {
        file,
        tables: report.tables.map(({ sheet, kind, range, unit }) => ({ sheet, kind, range, unit })),
        skipped: report.skipped,
        warnings: report.warnings,
        findings: report.findings,
      },
    ],
    summary: { errors, warnings, infos },
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

/** A quoted string inside a formula: quotes doubled. */
function formulaString(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** =HYPERLINK("#'1收支总表'!E39","1收支总表!E39") — an in-workbook link Excel follows on click. */
export function cellHyperlink(sheet: string, cell: string): string {
  return `=HYPERLINK(${formulaString(`#${qualify(sheet, cell)}`)},${formulaString(`${sheet}!${cell}`)})`;
}

/** Rows of the report sheet: title, summary, header, then one row per finding. */
const HEADER_ROW = 2;

export function reportSheetDraft(report: Report, workbookName: string): SheetDraft {
  const cells: DraftCell[] = [];
  const put = (row: number, col: number, value: CellValue, extra: Partial<DraftCell> = {}) =>
    cells.push({ row, col, value, ...extra });

  put(0, 0, `${workbookName} 校验报告`, { bold: true });
  const { errors, warnings, infos, sheets, explained } = report.summary;
  const explainedPart = explained ? ` · ${explained} 个已说明` : '';
  put(1, 0, `${errors} 个错误 · ${warnings} 个警告${explainedPart} · ${infos} 个提示 · 已检查 ${sheets} 张表`);
  COLUMNS.forEach((label, col) => put(HEADER_ROW, col, label, { bold: true, align: 'center', border: true }));

  report.findings.forEach((f, i) => {
    const row = HEADER_ROW + 1 + i;
    const values = findingRow(f);
    values.forEach((value, col) => {
      // The cell column links to the finding's cell; its value is the link text hosts show without formulas.
      if (col === 3) put(row, col, `${f.sheet}!${f.cell}`, { formula: cellHyperlink(f.sheet, f.cell), border: true });
      else put(row, col, value, { border: true, wrap: col === 4 || col === 7 });
    });
  });

  return {
    name: REPORT_SHEET_NAME,
    cells,
    merges: [{ top: 0, left: 0, bottom: 0, right: COLUMNS.length - 1 }],
    columnWidths: [6, 22, 18, 20, 60, 12, 12, 30],
    validations: [],
    print: { landscape: true, fitToWidth: true, repeatRows: { top: HEADER_ROW, bottom: HEADER_ROW } },
    freeze: { rows: HEADER_ROW + 1 },
  };
}
