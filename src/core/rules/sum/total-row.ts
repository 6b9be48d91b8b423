/** sum/total-row: the 合计 row equals the sum of the 类 rows, per amount column. */
import { defineRule } from '../types';
import { SUM_SHAPES } from '../../tables/shapes';
import { checkFamily } from './report-identity';

export const totalRow = defineRule({
  id: 'sum/total-row',
  severity: 'error',
  title: '合计行应等于各类级科目之和',
  docs: '表格的“合计”行应等于各类级科目（或政府采购表的各采购项目）金额之和，逐列核对。例如一般公共预算支出表合计 107.54 万元，应等于 201、208、210、221 各类级科目之和 107.54 万元。合计行常因漏加新增科目、复制上年表格未更新公式而出错。差额在四舍五入误差以内时由“sum/rounding”提示。',
  appliesTo: SUM_SHAPES,
  check: checkFamily('total-row'),
});
