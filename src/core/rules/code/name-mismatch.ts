/** code/name-mismatch: one code carries one name across all the workbook's tables. */
import { toA1 } from '../../grid/address';
import type { CodeRow } from '../../tables/budget/model';
import type { CodeTable } from '../../tables/budget/model';
import { shapeOf } from '../../tables/kinds';
import { defineRule } from '../types';

export const nameMismatch = defineRule({
  id: 'code/name-mismatch',
  severity: 'warning',
  title: '同一科目编码名称不一致',
  docs: '同一科目编码在各张表中应使用同一科目名称。例如收入总表中“2013701 行政运行”，在支出总表中却写作“2013701 一般行政管理事务”，说明编码或名称有一处填错。本规则在整个工作簿范围内比较，并同时标出两处单元格。',
  appliesTo: 'workbook',
  check({ workbook, report }) {
    // By classification, then code: no key string to build for each of a large workbook's rows.
    const firsts = new Map<string, Map<string, { sheet: string; row: CodeRow }>>();
    const codeTables = workbook.tables.filter((t): t is CodeTable => shapeOf(t.kind) === 'code-table');
    for (const table of codeTables) {
      let first = firsts.get(table.classification);
      if (!first) firsts.set(table.classification, (first = new Map()));
      for (const row of table.codeRows) {
        if (!row.name || row.level === null || !row.nameCell) continue;
        const seen = first.get(row.code);
        if (!seen) {
          first.set(row.code, { sheet: table.sheet, row });
          continue;
        }
        // Most rows repeat the first name exactly: no need to normalize those.
        if (seen.row.name === row.name || normalize(seen.row.name) === normalize(row.name) || !seen.row.nameCell)
          continue;
        report({
          sheet: table.sheet,
          cell: toA1(row.nameCell.row, row.nameCell.col),
          message: `科目“${row.code}”在本表名为“${row.name}”，在“${seen.sheet}”中名为“${seen.row.name}”`,
          expected: seen.row.name,
          actual: row.name,
          related: [{ sheet: seen.sheet, cell: toA1(seen.row.nameCell.row, seen.row.nameCell.col) }],
        });
      }
    }
  },
});

/** Names compare without brackets (（） vs () vs none); the names are already labelKey-normalized. */
function normalize(name: string): string {
  return name.replace(/[()（）]/g, '');
}
