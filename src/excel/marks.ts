/**
 * The record of painted cells — each cell's original fill, the tint we applied and the note we added —
 * kept in the workbook so 清除标记 restores the originals exactly, even after the file is reopened.
 */
import type { HostCapabilities } from './capabilities';
import type { OfficeEnv } from './env';

export interface CellMark {
  /** A1 address on its sheet. */
  cell: string;
  /** The fill before painting; null = no fill (restored with fill.clear(), never painted white). */
  original: string | null;
  /** The tint we applied; a cell whose fill differs from it was re-coloured by the user and is left alone. */
  painted: string;
  /** The note text we added, if any; a note the user edited since is left alone. */
  note?: string;
}

export interface MarkRecord {
  version: 1;
  sheets: Record<string, CellMark[]>;
}

export const MARKS_SETTING = 'budgetLint.marks';

export function emptyRecord(): MarkRecord {
  return { version: 1, sheets: {} };
}

/** Tolerant: a missing, foreign or damaged setting reads as "nothing painted". */
export function parseRecord(raw: unknown): MarkRecord {
  try {
    const data = typeof raw === 'string' ? JSON.parse(raw) : raw;
    if (!data || data.version !== 1 || typeof data.sheets !== 'object') return emptyRecord();
    const sheets: Record<string, CellMark[]> = {};
    for (const [sheet, marks] of Object.entries(data.sheets as Record<string, unknown>)) {
      if (!Array.isArray(marks)) continue;
      sheets[sheet] = marks.filter(
        (m): m is CellMark =>
          typeof m?.cell === 'string' &&
          typeof m.painted === 'string' &&
          (m.original === null || typeof m.original === 'string'),
      );
    }
    return { version: 1, sheets };
  } catch {
    return emptyRecord();
  }
}

export function markCount(record: MarkRecord): number {
  return Object.values(record.sheets).reduce((n, marks) => n + marks.length, 0);
}

/** Where the record lives: workbook.settings (ExcelApi 1.4), Office document settings, or memory only. */
export interface MarkStore {
  /** Queues the read; call the returned function after the next sync. */
  load(context: Excel.RequestContext): () => MarkRecord;
  /** Queues the write (workbook settings) or stages it (document settings). */
  save(context: Excel.RequestContext, record: MarkRecord): void;
  /** Persists a staged write; a no-op where the write travelled with the sync. */
  flush(): Promise<void>;
}

export function markStore(caps: HostCapabilities, env: OfficeEnv): MarkStore {
  if (caps.stateStore === 'workbook') return workbookStore();
  const settings = env.documentSettings;
  if (caps.stateStore === 'document' && settings) {
    return {
      load: () => () => parseRecord(settings.get(MARKS_SETTING)),
      save: (_context, record) => settings.set(MARKS_SETTING, JSON.stringify(record)),
      flush: () => new Promise((resolve) => settings.saveAsync(() => resolve())),
    };
  }
  let memory = emptyRecord();
  return {
    load: () => () => memory,
    save: (_context, record) => {
      memory = record;
    },
    flush: async () => undefined,
  };
}

function workbookStore(): MarkStore {
  return {
    load(context) {
      const item = context.workbook.settings.getItemOrNullObject(MARKS_SETTING);
      item.load('value');
      return () => (item.isNullObject ? emptyRecord() : parseRecord(item.value));
    },
    save(context, record) {
      context.workbook.settings.add(MARKS_SETTING, JSON.stringify(record));
    },
    flush: async () => undefined,
  };
}

/** Rows inserted above `beforeRow` move the marks below them down, so the record keeps pointing at the right cells. */
export function shiftMarks(record: MarkRecord, sheet: string, beforeRow: number, count: number): MarkRecord {
  const marks = record.sheets[sheet];
  if (!marks) return record;
  const shifted = marks.map((mark) => {
    const match = /^([A-Z]+)(\d+)$/.exec(mark.cell);
    if (!match || Number(match[2]) - 1 < beforeRow) return mark;
    return { ...mark, cell: `${match[1]}${Number(match[2]) + count}` };
  });
  return { ...record, sheets: { ...record.sheets, [sheet]: shifted } };
}
