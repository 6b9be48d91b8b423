/** code/detail-level: 财政拨款支出表 rows reach 项 (7 digits); 基本支出表 rows reach 款 (5 digits). */
import { toA1 } from '../../grid/address';
import { CODE_DIGITS } from '../../tables/budget/model';
import type { CodeLevel } from '../../tables/budget/model';
import { codeTree } from '../../tables/budget/hierarchy';
import { declarationOf } from '../../tables/kinds';
import { defineRule } from '../types';

const LEVEL_NAMES: Record<CodeLevel, string> = { class: '类', section: '款', item: '项' };

export const detailLevel = defineRule({
  id: 'code/detail-level',
  severity: 'error',
  title: '科目未细化到规定级次',
  docs: '一般公共预算财政拨款支出表（以及政府性基金、国有资本经营预算财政拨款支出表）应按功能分类科目细化到项级（7 位编码）公开；一般公共预算财政拨款基本支出表应按经济分类科目细化到款级（5 位编码）公开。只列到类或款、其下没有下级科目的行，说明公开不够细化。例如列出“20137 网信事务”却没有“2013701 行政运行”等项级科目。',
  appliesTo: ['code-table'],
  check({ table, report }) {
    // Each kind declares the level its rows must reach (财政拨款 tables 项, 基本支出表 款); others have none.
    const required = declarationOf(table.kind).detailLevel;
    if (!required) return;
    const rows = table.codeRows.filter((r) => r.level !== null);
    const tree = codeTree(rows);
    for (const row of rows) {
      if (row.level === null || CODE_DIGITS[row.level] >= CODE_DIGITS[required]) continue;
      if (tree.childrenOf(row).length > 0) continue;
      report({
        sheet: table.sheet,
        cell: toA1(row.codeCell.row, row.codeCell.col),
        message: `${LEVEL_NAMES[row.level]}级科目“${row.code} ${row.name}”没有下级科目，本表应细化到${LEVEL_NAMES[required]}级`,
        expected: `${LEVEL_NAMES[required]}级（${CODE_DIGITS[required]} 位编码）`,
        actual: `${LEVEL_NAMES[row.level]}级（${row.code}）`,
      });
    }
  },
});
