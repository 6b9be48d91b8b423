/**
 * structure/unit: every budget table states its money unit, and no header contradicts it. Tables may
 * use different units (a 三公 table in 万元 among tables in 元 is common): amounts are compared exactly
 * across units, so a difference between tables is no defect.
 */
import { textAt } from '../../grid/access';
import { toA1 } from '../../grid/address';
import { toHalfWidth } from '../../parse/normalize';
import { KIND_LABELS, STANDARD_BUDGET_KINDS } from '../../tables/kinds';
import type { AnyTable } from '../../tables/models';
import { defineRule } from '../types';
import type { WorkbookContext } from '../types';
import { budgetTables } from './consistency';

/** A unit written inside a header cell: "金额（元）", "价值(万元)", "金额单位：元". */
const HEADER_UNIT_RE = /[(（](?:金额)?(?:单位[:：])?(万元|元)[)）]|金额单位[:：]\s*(万元|元)/;
/** How many rows under the meta lines the header may take. */
const HEADER_ROWS = 4;

export const unit = defineRule({
  id: 'structure/unit',
  severity: 'warning',
  title: '金额单位缺失或与表头矛盾',
  docs:
    '每张预算公开表应在标题下注明金额单位（如“单位：万元”），缺少单位时读者无法判断金额大小。表头栏目中另写了单位' +
    '（如“金额（元）”）而与单位行不同时也提示。各表可以使用不同单位（如“三公”经费表用万元、其他表用元），跨表核对按' +
    '各表自己的单位精确换算，不作提示。',
  appliesTo: 'workbook',
  check({ workbook, report }) {
    for (const table of budgetTables(workbook)) {
      const declared = table.region.unit;
      if (!declared) {
        if (!(STANDARD_BUDGET_KINDS as readonly string[]).includes(table.kind)) continue;
        report({
          sheet: table.sheet,
          cell: toA1(table.region.title.row, table.region.title.col),
          message: `“${KIND_LABELS[table.kind]}”未注明金额单位（如“单位：万元”）`,
          expected: '单位：万元',
        });
        continue;
      }
      const contradiction = headerUnit(workbook, table);
      if (!contradiction || contradiction.unit === declared.value) continue;
      report({
        sheet: table.sheet,
        cell: toA1(contradiction.row, contradiction.col),
        message:
          `“${KIND_LABELS[table.kind]}”表头写明金额单位为${contradiction.unit}，` +
          `但单位行（${toA1(declared.row, declared.col)}）为${declared.value}`,
        expected: declared.value,
        actual: contradiction.unit,
        related: [{ sheet: table.sheet, cell: toA1(declared.row, declared.col) }],
      });
    }
  },
});

function headerUnit(workbook: WorkbookContext, table: AnyTable): { unit: string; row: number; col: number } | null {
  const grid = workbook.gridOf(table.sheet);
  if (!grid) return null;
  const { range, bodyTop } = table.region;
  for (let row = bodyTop; row <= Math.min(range.bottom, bodyTop + HEADER_ROWS - 1); row++)
    for (let col = range.left; col <= range.right; col++) {
      const m = HEADER_UNIT_RE.exec(toHalfWidth(textAt(grid, row, col)));
      if (m) return { unit: m[1] ?? m[2], row, col };
    }
  return null;
}
