/**
 * narrative/subject-mismatch: an itemized 功能分类 line of the 情况说明 ("X（类）Y（款）Z（项）N万元")
 * must name the 科目 as the table does and state its amount.
 */
import { toA1 } from '../../grid/address';
import type { SubjectAmount, SubjectLine } from '../../narrative/subjects';
import { subjectLines } from '../../narrative/subjects';
import { formatAmount } from '../../parse/amount';
import type { CodeLevel } from '../../tables/budget/model';
import { formatFen, statedAs, whereIs } from '../cross/quantity';
import type { FindingInput } from '../types';
import { defineRule } from '../types';
import { agreesAtPrecision, roundingHint } from './precision';
import { tableSetOf } from './table-values';
import type { SubjectRow } from './subject-rows';
import { deepestLevel, differingNames, nameCell, rowQuantity, subjectPath, subjectRows } from './subject-rows';

const LEVEL_LABELS: Record<CodeLevel, string> = { class: '类', section: '款', item: '项' };

export const subjectMismatch = defineRule({
  id: 'narrative/subject-mismatch',
  severity: 'error',
  title: '情况说明中逐项列示的功能分类科目应与表格一致',
  docs:
    '读取情况说明中逐项列示的功能分类科目——“一般公共服务支出（类）网信事务（款）行政运行（项）61.04万元”、' +
    '“一般公共服务支出类网信事务款行政运行项61.04万元”、“2013701 行政运行 61.04万元”（全角数字、“3，518.85”' +
    '这样的千位分隔也可）——在一般公共预算财政拨款支出表（及部门支出总表、基金、国有资本经营支出表）中找到同名或' +
    '同编码的科目行，比较类/款/项名称和金额（按句中精度四舍五入）。例：文中写“政府办公厅（室）及相关机构事务（款）' +
    '行政运行（项）61.04万元”，表中 61.04 万元的行政运行却在“网信事务”款下。表中找不到该科目时提示。',
  appliesTo: ['narrative'],
  check({ table, workbook, report }) {
    const set = tableSetOf(workbook, table);
    if (!set) return;
    for (const paragraph of table.paragraphs)
      for (const line of subjectLines(paragraph.text)) {
        const rows = subjectRows(set);
        if (rows.length === 0) return;
        // The 决算 tables state the 决算数 only: a 决算 line's 年初预算 has nothing to compare with.
        const stated = set.family === 'final' ? line.amounts.find((a) => a.figure !== 'budget') : line.amounts[0];
        const finding = stated && checkLine(line, stated, rows);
        if (finding) report({ sheet: table.sheet, cell: toA1(paragraph.row, paragraph.col), ...finding });
      }
  },
});

type LineFinding = Omit<FindingInput, 'sheet' | 'cell'>;

function checkLine(line: SubjectLine, stated: SubjectAmount, rows: readonly SubjectRow[]): LineFinding | null {
  const level = deepestLevel(line);
  const atLevel = rows.filter((r) => r.row.level === level && (!line.code || r.row.code === line.code));
  const agrees = (r: SubjectRow) => {
    const q = rowQuantity(r);
    return q !== null && agreesAtPrecision(stated.amount, q);
  };
  // Best fit first: fewest differing names, then the amount, then table order (一般公共预算 first).
  const ranked = atLevel
    .map((r, order) => ({ r, differing: differingNames(line, r), order }))
    .filter(({ differing }) => line.code || !differing.includes(level))
    .sort(
      (a, b) =>
        a.differing.length - b.differing.length || Number(agrees(b.r)) - Number(agrees(a.r)) || a.order - b.order,
    );
  const exact = ranked.filter((c) => c.differing.length === 0).map((c) => c.r);
  if (exact.length > 0) return exact.some(agrees) ? null : amountFinding(line, stated, exact[0]);
  const best = ranked[0] ?? renamedItem(line, level, atLevel, agrees);
  if (!best) return notFound(line, level);
  return namesFinding(line, best.r, best.differing);
}

/** A row under the same parents with the stated amount: the line misnames the 项 (or 款) itself. */
function renamedItem(
  line: SubjectLine,
  level: CodeLevel,
  atLevel: readonly SubjectRow[],
  agrees: (r: SubjectRow) => boolean,
): { r: SubjectRow; differing: CodeLevel[] } | undefined {
  const parentsGiven = (['class', 'section'] as const).some((l) => l !== level && line.names[l]);
  if (!parentsGiven) return undefined;
  const r = atLevel.find((row) => differingNames(line, row).every((l) => l === level) && agrees(row));
  return r && { r, differing: [level] };
}

function amountFinding(line: SubjectLine, stated: SubjectAmount, row: SubjectRow): LineFinding {
  const q = rowQuantity(row)!;
  const { fen, unit, decimals } = stated.amount;
  const shown = formatAmount(fen, unit, decimals);
  return {
    message:
      `情况说明称“${line.written}”${shown} ${unit}，但 ${whereIs(q)}（${subjectPath(row)}）${statedAs(q)}` +
      `${roundingHint(stated.amount, q)}。`,
    expected: formatFen(q.fen, unit),
    actual: shown,
    related: q.cells,
  };
}

function namesFinding(line: SubjectLine, row: SubjectRow, differing: readonly CodeLevel[]): LineFinding {
  const parts = differing.map((l) => `${LEVEL_LABELS[l]}为“${row.names[l]}”（文中“${line.names[l]}”）`);
  return {
    message: `情况说明“${line.written}”的科目名称与表中不一致：${subjectPath(row)} 的${parts.join('，')}。`,
    expected: differing.map((l) => row.names[l]).join('/'),
    actual: differing.map((l) => line.names[l]).join('/'),
    related: [nameCell(row)],
  };
}

function notFound(line: SubjectLine, level: CodeLevel): LineFinding {
  return {
    severity: 'warning',
    message: `情况说明列示了“${line.written}”，但支出表中没有这个${LEVEL_LABELS[level]}级科目${line.code ? `（编码 ${line.code}）` : ''}，请核对科目名称或表格。`,
  };
}
