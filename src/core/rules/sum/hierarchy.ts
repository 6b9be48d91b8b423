/** sum/hierarchy: a 类/款 row equals the sum of its 款/项 rows, per amount column. */
import { defineRule } from '../types';
import { SUM_SHAPES } from '../../tables/shapes';
import { checkFamily } from './report-identity';

export const hierarchy = defineRule({
  id: 'sum/hierarchy',
  severity: 'error',
  title: '上级科目金额应等于下级科目之和',
  docs: '按科目列示的表格中，每个类级科目的金额应等于其下各款级科目金额之和，每个款级科目应等于其下各项级科目之和，逐列核对（合计、基本支出、项目支出等）。例如“201 一般公共服务支出”为 91.04 万元，其下“20137 网信事务”为 91.04 万元，则两者一致；若款级合计为 91.40 万元则报错。差额在四舍五入误差以内时不在此报告，而由“sum/rounding”提示。',
  appliesTo: SUM_SHAPES,
  check: checkFamily('hierarchy'),
});
