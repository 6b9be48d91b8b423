/**
 * Renders the top of a budget table from a header tree: title, meta line (单位名称 / 预算年度 /
 * 单位), nested header cells with merges computed from the tree, and the 栏次 row. Returns where
 * each column landed so the spec can place rows and formulas by column key.
 */
import { columnLetters, toA1 } from '../grid/address';
import { headerStyle, SheetBuilder } from './sheet';
import type { TemplateOptions } from './options';

export interface HeaderNode {
  label: string;
  /** Leaves need a key to be addressed by the spec. */
  key?: string;
  /** Column width in characters (leaves). */
  width?: number;
  children?: HeaderNode[];
}

export interface TableFrame {
  sheet: SheetBuilder;
  /** Column index of each keyed leaf. */
  col: Record<string, number>;
  /** First row under the 栏次 row. */
  bodyTop: number;
}

const TITLE_ROW = 0;
const META_ROW = 1;
const HEADER_TOP = 2;

/** 预算年度 on budget tables, 决算年度 on final accounts. */
export type YearLabel = '预算年度' | '决算年度';

export function tableFrame(
  name: string,
  title: string,
  header: HeaderNode[],
  options: TemplateOptions,
  yearLabel: YearLabel = '预算年度',
): TableFrame {
  const leaves = header.flatMap(leavesOf);
  const sheet = new SheetBuilder(
    name,
    leaves.map((leaf) => leaf.width ?? 12),
  );
  sheet.title(TITLE_ROW, title);
  metaLine(sheet, META_ROW, options, yearLabel);

  const depth = Math.max(...header.map(depthOf));
  const headerBottom = HEADER_TOP + depth - 1;
  const col: Record<string, number> = {};
  let next = 0;
  const place = (node: HeaderNode, row: number) => {
    const span = leavesOf(node).length;
    const rows = node.children ? 1 : headerBottom - row + 1;
    sheet.put(row, next, node.label, headerStyle, { rows, cols: span });
    if (node.children) {
      const start = next;
      node.children.forEach((child) => place(child, row + 1));
      next = start + span;
    } else {
      if (node.key) col[node.key] = next;
      next += 1;
    }
  };
  for (const node of header) place(node, HEADER_TOP);

  // 栏次: the first column names the row, the others are numbered 1, 2, 3 … as published tables do.
  const numbersRow = headerBottom + 1;
  leaves.forEach((_, i) => sheet.put(numbersRow, i, i === 0 ? '栏次' : i, { align: 'center', border: true }));
  sheet.header(TITLE_ROW, numbersRow);
  return { sheet, col, bodyTop: numbersRow + 1 };
}

/** 单位名称：… on the left, 预算年度 in the middle, 单位：万元 on the right, as in published tables. */
export function metaLine(
  sheet: SheetBuilder,
  row: number,
  options: TemplateOptions,
  yearLabel: YearLabel = '预算年度',
): void {
  const width = sheet.width;
  const unitSpan = width >= 8 ? 2 : 1;
  const nameSpan = Math.max(1, Math.ceil((width - unitSpan) / 2));
  const yearSpan = width - unitSpan - nameSpan;
  // "单位名称：" is read as the unit name whatever the name looks like (a bare name must look like an organ's).
  if (options.unitName) sheet.put(row, 0, `单位名称：${options.unitName}`, { align: 'left' }, { cols: nameSpan });
  if (yearSpan > 0) sheet.put(row, nameSpan, `${yearLabel}：${options.year}`, { align: 'center' }, { cols: yearSpan });
  sheet.put(row, width - unitSpan, `单位：${options.unit}`, { align: 'right' }, { cols: unitSpan });
}

function leavesOf(node: HeaderNode): HeaderNode[] {
  return node.children ? node.children.flatMap(leavesOf) : [node];
}

function depthOf(node: HeaderNode): number {
  return node.children ? 1 + Math.max(...node.children.map(depthOf)) : 1;
}

/** "=SUM(D7:D26)" over one column. */
export function sumColumn(col: number, top: number, bottom: number): string {
  return `=SUM(${toA1(top, col)}:${toA1(bottom, col)})`;
}

/** "=SUM(E7:I7)" over a row's columns. */
export function sumRow(row: number, left: number, right: number): string {
  return `=SUM(${toA1(row, left)}:${toA1(row, right)})`;
}

/** "=D7+D8+…" over listed cells of one column. */
export function addCells(col: number, rows: number[]): string {
  return `=${rows.map((row) => toA1(row, col)).join('+')}`;
}

/**
 * Σ of the 类 rows (3-digit codes) of a column: text codes match "???", number codes 100–999.
 * The 合计 then stays right whatever 类/款/项 rows the user fills in, in any order.
 */
export function sumClassRows(codeCol: number, col: number, top: number, bottom: number): string {
  const codes = `$${columnLetters(codeCol)}$${top + 1}:$${columnLetters(codeCol)}$${bottom + 1}`;
  const amounts = `${toA1(top, col)}:${toA1(bottom, col)}`;
  return `=SUMIF(${codes},"???",${amounts})+SUMIF(${codes},">=100",${amounts})-SUMIF(${codes},">=1000",${amounts})`;
}
