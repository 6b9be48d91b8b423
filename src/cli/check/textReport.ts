/** Formats check results as zh-CN text for a 科员: recognized tables, skipped sheets, findings by sheet, counts. */
import type { Finding, Report } from '../../core/report/types';
import { KIND_LABELS, isTableKind } from '../../core/tables/kinds';
import { SEVERITY_LABELS, SEVERITY_MARKS, cliStrings } from '../../strings/cli';
import type { Colour } from '../io';
import type { FileResult } from './checkFile';
import { oneLine } from './safeText';
import type { Tally } from './tally';

type Paint = (colour: Colour, text: string) => string;

const SEVERITY_COLOURS = { error: 'red', warning: 'yellow', info: 'blue' } as const;
const S = cliStrings.check;

/** Skip reasons that leave no content unchecked: an empty sheet, the user's own choice, a hidden stale copy. */
/** One readable file's block (unreadable files are reported on stderr instead). */
export function formatFileResult(unsafe: Extract<FileResult, { report: Report }>, paint: Paint): string {
  const result = printable(unsafe);
  const { report } = result;
  const lines = [paint('bold', S.fileHeader(result.file))];
  if (report.tables.length === 0) lines.push(`  ${S.noTables}`);
  else {
    lines.push(`  ${S.tablesHeader(report.tables.length)}`);
    for (const t of report.tables)
      lines.push(`    ${S.tableLine(t.sheet, isTableKind(t.kind) ? KIND_LABELS[t.kind] : t.kind, t.range, t.unit)}`);
  }
  if (report.skipped.length > 0) {
    lines.push(`  ${S.skippedHeader(report.skipped.length)}`);
    for (const s of report.skipped) lines.push(`    ${paint('dim', S.skippedLine(s.sheet, s.reason))}`);
  }
  if (report.warnings.length > 0) {
    lines.push(`  ${S.warningsHeader}`);
    for (const w of report.warnings) lines.push(`    ${w}`);
  }
  lines.push(...findingLines(report, paint));
  if (result.annotation)
    lines.push(
      'error' in result.annotation
        ? `  ${paint('red', S.annotateFailed(result.file, result.annotation.error))}`
        : `  ${S.annotated(result.annotation.target, result.annotation.painted)}`,
    );
  return `${lines.join('\n')}\n\n`;
}

/** The result with every string that came from the workbook or the file system made one-line safe. */
function printable(result: Extract<FileResult, { report: Report }>): Extract<FileResult, { report: Report }> {
  const { report, annotation } = result;
  const opt = (text: string | undefined) => (text === undefined ? undefined : oneLine(text));
  return {
    file: oneLine(result.file),
    report: {
      ...report,
      tables: report.tables.map((t) => ({ ...t, sheet: oneLine(t.sheet), unit: opt(t.unit), range: oneLine(t.range) })),
      skipped: report.skipped.map((s) => ({ sheet: oneLine(s.sheet), reason: oneLine(s.reason) })),
      warnings: report.warnings.map(oneLine),
      findings: report.findings.map((f) => ({
        ...f,
        sheet: oneLine(f.sheet),
        cell: oneLine(f.cell),
        message: oneLine(f.message),
        expected: opt(f.expected),
        actual: opt(f.actual),
      })),
    },
    annotation:
      annotation &&
      ('error' in annotation
        ? { error: oneLine(annotation.error) }
        : { ...annotation, target: oneLine(annotation.target) }),
  };
}

/** Sheets with content that were not checked: while any exist, "未发现问题" is not the green all-clear. */
function uncheckedSheets(report: Report): number {
  return report.skipped.filter((s) => s.unchecked).length;
}

function findingLines(report: Report, paint: Paint): string[] {
  if (report.findings.length === 0) {
    const unchecked = uncheckedSheets(report);
    if (unchecked > 0) return [`  ${paint('yellow', `▲ ${S.uncheckedSheets(unchecked)}`)}`];
    if (report.warnings.length > 0) return [`  ${paint('yellow', `▲ ${S.readWarningsOnly}`)}`];
    return [`  ${paint('green', `✔ ${S.noFindings}`)}`];
  }
  const lines = [`  ${S.findingsHeader(report.findings.length)}`];
  let sheet: string | undefined;
  for (const finding of report.findings) {
    if (finding.sheet !== sheet) {
      sheet = finding.sheet;
      lines.push(`   ${paint('bold', sheet)}`);
    }
    lines.push(`    ${findingLine(finding, paint)}`);
  }
  lines.push(`  ${S.fileSummary(S.counts(report.summary))}`);
  return lines;
}

function findingLine(finding: Finding, paint: Paint): string {
  const mark = paint(
    SEVERITY_COLOURS[finding.severity],
    `${SEVERITY_MARKS[finding.severity]} ${SEVERITY_LABELS[finding.severity]}`,
  );
  // Rules usually write 应为/实为 into the message already; add them only when the message lacks them.
  const values =
    (finding.expected !== undefined || finding.actual !== undefined) && !finding.message.includes('应为')
      ? `（${S.expectedActual(finding.expected, finding.actual)}）`
      : '';
  // The explanation is user text stored in the file: one line, no control characters.
  const explained = finding.explanation
    ? paint('dim', S.explained(finding.explanation.text.replace(/\p{Cc}+/gu, ' '), finding.explanation.stale))
    : '';
  return `${mark} ${finding.cell.padEnd(5)} ${finding.message}${values}${explained} ${paint('dim', `[${finding.ruleId}]`)}`;
}

export function formatTotal(tally: Tally, paint: Paint): string {
  const colour = tally.errors > 0 ? 'red' : tally.warnings > 0 ? 'yellow' : 'green';
  return `${paint(colour, S.totalSummary(tally.files, tally.unreadable, S.counts(tally)))}\n`;
}
