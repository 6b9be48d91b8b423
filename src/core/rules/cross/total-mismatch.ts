/** cross/total-mismatch: a quantity that two tables both state must be the same in both. */
import { defineRule } from '../types';
import { reportComparison } from './compare';
import { spendingByClass } from './identities/classes';
import { summaryVsFiscalIncome, summaryVsIncome } from './identities/income';
import {
  expenditureVsFiscalTables,
  fiscalSummaryVsFundBalances,
  fiscalSummaryVsTables,
  generalVsBasic,
  summaryVsExpenditure,
} from './identities/totals';

const IDENTITIES = [
  summaryVsIncome,
  summaryVsFiscalIncome,
  summaryVsExpenditure,
  spendingByClass,
  expenditureVsFiscalTables,
  fiscalSummaryVsFundBalances,
  fiscalSummaryVsTables,
  generalVsBasic,
];

export const totalMismatch = defineRule({
  id: 'cross/total-mismatch',
  severity: 'error',
  title: '同一金额在不同表中应一致',
  docs:
    '比较各表共同反映的同一金额（精确到分，万元与元可混用）：部门收支总表的各项收入与部门收入总表合计行；' +
    '收支总表一般公共预算、政府性基金、国有资本经营拨款收入与财政拨款收支总表；收支总表各类支出与部门支出总表的类级科目；' +
    '收入全部为当年财政拨款时，部门支出总表合计、基本支出、项目支出与一般公共预算、政府性基金、国有资本经营预算支出表之和；' +
    '财政拨款收支总表各资金列与对应支出表合计；一般公共预算支出表基本支出与基本支出表合计。' +
    '部门决算同样核对（收入支出决算总表、收入决算表、支出决算表、财政拨款收入支出决算总表及各财政拨款决算表），' +
    '并核对政府性基金、国有资本经营决算表的年初结转和结余、本年收入、年末结转和结余与财政拨款收入支出决算总表。' +
    '例：部门收支总表“一般公共预算拨款收入”为 107.54 万元，部门收入总表合计行“财政拨款收入”却为 107.45 万元。' +
    '仅因四舍五入产生的差异（每个金额至多半个末位）只作提示。',
  appliesTo: 'workbook',
  check({ workbook, report }) {
    for (const set of workbook.tableSets)
      for (const identity of IDENTITIES) for (const comparison of identity(set)) reportComparison(report, comparison);
  },
});
