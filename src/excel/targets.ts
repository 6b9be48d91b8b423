/** Which cells a report marks, with what tint and note: one entry per cell, the most severe finding's colour. */
import { parseA1, toA1 } from '../core/grid/address';
import type { CellRange } from '../core/grid/types';
import type { Report, Severity } from '../core/report/types';
import { excelStrings } from '../strings/excel';

import { SEVERITY_FILLS } from '../core/report/severity';

export { SEVERITY_FILLS };

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Notes are for people; keep them short enough to read in a hover. */
const NOTE_MAX_CHARS = 1000;

export interface PaintTarget {
  cell: string;
  fill: string;
  note: string;
}

/**
 * sheet → cell → target. A finding inside a merged area marks the area's top-left cell — the one
 * Excel displays. Findings with an unusable address are listed in the pane but not painted.
 */
export function paintTargets(
  report: Report,
  merges: ReadonlyMap<string, readonly CellRange[]> = new Map(),
): Map<string, Map<string, PaintTarget>> {
  type Entry = { severity: Severity; messages: string[] };
  const grouped = new Map<string, Map<string, Entry>>();
  for (const finding of report.findings) {
    const cell = normalizeCell(finding.cell, merges.get(finding.sheet) ?? []);
    if (!cell || !finding.sheet) continue;
    const cells = grouped.get(finding.sheet) ?? new Map<string, Entry>();
    grouped.set(finding.sheet, cells);
    const entry: Entry = cells.get(cell) ?? { severity: finding.severity, messages: [] };
    if (RANK[finding.severity] < RANK[entry.severity]) entry.severity = finding.severity;
    if (!entry.messages.includes(finding.message)) entry.messages.push(finding.message);
    cells.set(cell, entry);
  }
  const targets = new Map<string, Map<string, PaintTarget>>();
  for (const [sheet, cells] of grouped) {
    const out = new Map<string, PaintTarget>();
    for (const [cell, entry] of cells)
      out.set(cell, { cell, fill: SEVERITY_FILLS[entry.severity], note: noteText(entry.messages) });
    targets.set(sheet, out);
  }
  return targets;
}

function noteText(messages: string[]): string {
  const text = excelStrings.noteHeader + messages.join('\n');
  return text.length > NOTE_MAX_CHARS ? `${text.slice(0, NOTE_MAX_CHARS - 1)}…` : text;
}

function normalizeCell(address: string, merges: readonly CellRange[]): string | null {
  try {
    const { row, col } = parseA1(address.split(':')[0]);
    const merge = merges.find((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right);
    return merge ? toA1(merge.top, merge.left) : toA1(row, col);
  } catch {
    return null;
  }
}
