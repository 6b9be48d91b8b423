/** exceljs adapter, marking side: paints findings into a loaded workbook (light fill by severity + a cell note). */
import type ExcelJS from 'exceljs';
import type { Finding, Severity } from '../core/report/types';
import { SEVERITY_FILLS as FILLS } from '../core/report/severity';
import { SEVERITY_LABELS } from '../strings/cli';

/** The shared tints as exceljs ARGB ("#FFC7CE" → "FFFFC7CE"). */
export const SEVERITY_FILLS = Object.fromEntries(
  Object.entries(FILLS).map(([severity, fill]) => [severity, `FF${fill.slice(1)}`]),
) as Record<Severity, string>;

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

export interface AnnotateResult {
  painted: number;
  /** Findings whose sheet or cell does not exist in the workbook (never fatal). */
  unplaced: number;
}

/** Fills each finding's cell (the worst severity wins) and adds one note listing every message for that cell. */
export function annotateWorkbook(workbook: ExcelJS.Workbook, findings: readonly Finding[]): AnnotateResult {
  const byCell = new Map<string, { sheet: ExcelJS.Worksheet; cell: ExcelJS.Cell; findings: Finding[] }>();
  let unplaced = 0;
  for (const finding of findings) {
    const sheet = workbook.getWorksheet(finding.sheet);
    const cell = sheet && cellOrMaster(sheet, finding.cell);
    if (!sheet || !cell) {
      unplaced++;
      continue;
    }
    const key = `${sheet.name}!${cell.address}`;
    const entry = byCell.get(key) ?? { sheet, cell, findings: [] };
    entry.findings.push(finding);
    byCell.set(key, entry);
  }
  for (const { cell, findings: here } of byCell.values()) {
    const worst = here.reduce((a, f) => (RANK[f.severity] > RANK[a] ? f.severity : a), 'info' as Severity);
    // A fresh style object: exceljs may share one style object between cells that had the same style.
    cell.style = {
      ...cell.style,
      fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: SEVERITY_FILLS[worst] } },
    };
    cell.note = [existingNote(cell), ...here.map(noteLine)].filter(Boolean).join('\n');
  }
  return { painted: byCell.size, unplaced };
}

/** The cell at an A1 address, or the top-left cell of the merged area holding it; undefined for a bad address. */
function cellOrMaster(sheet: ExcelJS.Worksheet, address: string): ExcelJS.Cell | undefined {
  if (!/^[A-Z]{1,3}[1-9]\d*$/.test(address)) return undefined;
  const cell = sheet.getCell(address);
  return cell.isMerged ? cell.master : cell;
}

function existingNote(cell: ExcelJS.Cell): string {
  const note = cell.note as string | ExcelJS.Comment | undefined;
  if (!note) return '';
  if (typeof note === 'string') return note;
  return (note.texts ?? []).map((t) => t.text).join('');
}

function noteLine(finding: Finding): string {
  return `【${SEVERITY_LABELS[finding.severity]}】${finding.message}（${finding.ruleId}）`;
}
