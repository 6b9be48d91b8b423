/**
 * funds/target-coverage: the 情况说明 says how many projects and how much money carry performance
 * targets ("3个项目…涉及资金120.00万元"); the 绩效目标表 of the workbook must not cover fewer projects
 * or less money than that.
 */
import { toA1 } from '../../grid/address';
import { formatAmount, roundingToleranceFen } from '../../parse/amount';
import { defineRule } from '../types';
import { projectsAmount, workbookCoverageClaims } from './coverage';

export const targetCoverage = defineRule({
  id: 'funds/target-coverage',
  severity: 'warning',
  title: '绩效目标表覆盖的项目少于情况说明所述',
  docs: '情况说明常写明“N个项目实行绩效目标管理，涉及资金X万元”。工作簿中有项目绩效目标表时，其项目个数不应少于N，本年资金合计（说明写“财政拨款”时取财政拨款）不应少于X（按说明所印的小数位四舍五入比较）。少于时，或漏附了项目绩效目标表，或说明的数字有误。工作簿中没有任何项目绩效目标表时（绩效目标另行公开）不检查。',
  appliesTo: 'workbook',
  check({ workbook, report }) {
    const projects = workbook.tablesOf('performance.project');
    if (projects.length === 0) return;
    for (const claim of workbookCoverageClaims(workbook)) {
      const cell = toA1(claim.row, claim.col);
      const related = projects.map((p) => ({ sheet: p.sheet, cell: toA1(p.region.title.row, p.region.title.col) }));
      if (claim.projects !== undefined && projects.length < claim.projects) {
        report({
          sheet: claim.sheet,
          cell,
          message: `情况说明称 ${claim.projects} 个项目编制了绩效目标，工作簿中只有 ${projects.length} 张项目绩效目标表：请补齐其余项目的绩效目标表，或更正说明`,
          expected: String(claim.projects),
          actual: String(projects.length),
          related,
        });
        continue;
      }
      if (!claim.amount) continue;
      const sum = projectsAmount(projects, claim.fiscal);
      if (sum === null) continue;
      const { unit, decimals, fen } = claim.amount;
      // The claim prints a rounded figure: the tables may fall short of it by half its last digit.
      if (sum >= fen - roundingToleranceFen(unit, decimals) / 2) continue;
      const what = claim.fiscal ? '财政拨款' : '资金';
      report({
        sheet: claim.sheet,
        cell,
        message: `情况说明称实行绩效目标管理的项目涉及${what} ${formatAmount(fen, unit, decimals)} ${unit}，而 ${projects.length} 张项目绩效目标表的本年${what}合计只有 ${formatAmount(sum, unit, decimals)} ${unit}：请补齐项目绩效目标表，或更正说明`,
        expected: formatAmount(fen, unit, decimals),
        actual: formatAmount(sum, unit, decimals),
        related,
      });
    }
  },
});
