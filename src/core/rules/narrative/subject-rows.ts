/**
 * The 功能分类 rows an itemized 情况说明 line may name, and how well a row fits the names and code the
 * line gives. The 一般公共预算 table comes first (the usual subject of such lines), then the tables
 * of all funds and of the other two funds, whose rows are accepted too — of the 预算 or the 决算.
 */
import { toA1 } from '../../grid/address';
import type { SubjectLine } from '../../narrative/subjects';
import type { CodeLevel, CodeRow, CodeTable } from '../../tables/budget/model';
import { KIND_LABELS } from '../../tables/kinds';
import type { Quantity } from '../cross/quantity';
import { cellQuantity } from '../cross/quantity';
import type { TableSet } from '../../tables/models';

/** The parts whose 功能分类 rows an itemized line may name, the usual one first. */
const SUBJECT_PARTS = ['general-expenditure', 'expenditure', 'fund', 'capital'] as const;

export interface SubjectRow {
  table: CodeTable;
  row: CodeRow;
  /** 类 / 款 / 项 names of the row and its parents, by code prefix. */
  names: Partial<Record<CodeLevel, string>>;
}

/** Read once per document: each of its 情况说明 sections (a large workbook has hundreds) looks them up. */
const ROWS_OF_SET = new WeakMap<TableSet, SubjectRow[]>();

/** Every 功能分类 row of the subject tables of one document, with its parents' names. */
export function subjectRows(set: TableSet): SubjectRow[] {
  let rows = ROWS_OF_SET.get(set);
  if (!rows) ROWS_OF_SET.set(set, (rows = readSubjectRows(set)));
  return rows;
}

function readSubjectRows(set: TableSet): SubjectRow[] {
  return SUBJECT_PARTS.flatMap((part) => set.get(part) ?? []).flatMap((table) => {
    if (table.classification !== 'function') return [];
    const byCode = new Map(table.codeRows.map((r) => [r.code, r.name]));
    return table.codeRows
      .filter((row) => row.level)
      .map((row) => ({
        table,
        row,
        names: {
          class: byCode.get(row.code.slice(0, 3)),
          section: row.code.length >= 5 ? byCode.get(row.code.slice(0, 5)) : undefined,
          item: row.code.length === 7 ? row.name : undefined,
        },
      }));
  });
}

/** The level a line names last: 项 for "X(类)Y(款)Z(项)", 款 for "20137网信事务". */
export function deepestLevel(line: SubjectLine): CodeLevel {
  if (line.code) return line.code.length === 3 ? 'class' : line.code.length === 5 ? 'section' : 'item';
  return line.names.item ? 'item' : line.names.section ? 'section' : 'class';
}

/** The levels whose names the line gives and the row states differently. */
export function differingNames(line: SubjectLine, row: SubjectRow): CodeLevel[] {
  return (['class', 'section', 'item'] as const).filter((level) => {
    const written = line.names[level];
    const stated = row.names[level];
    return written !== undefined && stated !== undefined && !sameName(written, stated);
  });
}

/** Equal names; a class name may carry the words that led into it ("主要用于一般公共服务支出"). */
function sameName(written: string, stated: string): boolean {
  const a = normalizeName(written);
  const b = normalizeName(stated);
  return a === b || a.endsWith(b);
}

function normalizeName(name: string): string {
  return name.replace(/[()]/g, '').replace(/支出$/, '');
}

export function rowQuantity(subject: SubjectRow): Quantity | null {
  const { table, row } = subject;
  return cellQuantity(table, row.amounts.total, `${KIND_LABELS[table.kind]} ${row.code} ${row.name}`);
}

export function subjectPath(subject: SubjectRow): string {
  const { class: c, section: s, item: i } = subject.names;
  return `${subject.row.code} ${[c, s, i].filter(Boolean).join('/')}`;
}

export function nameCell(subject: SubjectRow): { sheet: string; cell: string } {
  const { row, col } = subject.row.nameCell ?? subject.row.codeCell;
  return { sheet: subject.table.sheet, cell: toA1(row, col) };
}
