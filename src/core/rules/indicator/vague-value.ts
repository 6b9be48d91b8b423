/**
 * indicator/vague-value: a target that cannot be checked against anything — direction words with no
 * figure or baseline ("提高", "有效提升"), a 成本指标 that is not an amount of money ("合理"), a 时效指标
 * without a time limit (a bare "=100.00(%)"), a 数量指标 that is only a completion rate, and a
 * 年度总体目标 copied word for word from the multi-year 项目总体目标. One finding per defect: the
 * first description that fits a value is the one reported.
 */
import type { IndicatorRow, ProjectPerformanceTable } from '../../tables/performance/model';
import type { Severity } from '../../report/types';
import { defineRule } from '../types';
import { a1, indicatorName, INDICATOR_SHAPES, rowCategoryName, VAGUE_RE } from './shared';
import { isMultiYear } from '../../tables/performance/queries';
import { sameGoal } from './goals';

/** Units and words that make a value a time limit: a date, a deadline, a duration. */
const TIME_UNITS = new Set(['年', '月', '日', '天', '个月', '周', '小时', '季度', '工作日', '个工作日']);
const TIME_LIMIT_RE =
  /\d{4}\s*年|\d{1,2}\s*月|[前内]|之前|以前|截止|年底|年末|月底|月末|季度|\d+\s*(个)?(天|日|周|小时|工作日|个月|年)/;
/** A 时效 rate whose name points at a deadline defined elsewhere. */
const ON_TIME_RE = /按时|按期|及时|如期|准时|时限/;
/** A reference the direction is measured from: "不低于上年", "较基期提高". */
const BASELINE_RE = /上年|去年|往年|同期|基期|基准|基数|历史|原有|现有水平/;
/** 数量指标 names that only restate a completion rate. */
const COMPLETION_RE = /(完成|执行|实施|到位|落实)(率|比例|比率|度)|完成情况/;
const MONEY_COSTS = new Set(['output-cost', 'economic-cost']);

interface Problem {
  severity: Severity;
  message: string;
}

export const vagueValue = defineRule({
  id: 'indicator/vague-value',
  severity: 'warning',
  title: '指标值表述笼统、不可衡量',
  docs: '指标值应可衡量：写明数值、比例或时限（如“≥95%”“2026年12月底前”“≤60万元”）。以下各报一次：“提高”“降低”“提升”“有效”“合理”等方向词而无数字、无比较基准（满意度、成本和产出指标为警告，效益指标的定性表述为提示）；经济成本指标不是金额（如“合理”，应写“≤60万元”）；时效指标没有时限（如只写“=100.00(%)”，应写“2026年12月底前”或“≤30个工作日”）；数量指标只写完成率（如“设备购置完成率 =100.00(%)”，应写“≥20台”）；跨年项目的年度总体目标与项目总体目标一字不差（应写本年度要完成的部分）。',
  appliesTo: INDICATOR_SHAPES,
  check({ table, report }) {
    for (const row of table.indicators?.rows ?? []) {
      const problem = describe(row);
      if (!problem) continue;
      report({
        sheet: table.sheet,
        cell: a1(row.valueCell),
        severity: problem.severity,
        message: problem.message,
        actual: row.valueText,
      });
    }
    if (table.kind === 'performance.project') checkGoals(table, report);
  },
});

function describe(row: IndicatorRow): Problem | null {
  const { value } = row;
  if (value.kind === 'empty') return null; // indicator/empty-value's
  const name = indicatorName(row);
  const shown = row.valueText || (value.kind === 'text' ? value.text : '');
  const level2 = row.level2?.id;
  const rate = /率|比例|比率|占比/.test(row.name);
  if (level2 && MONEY_COSTS.has(level2) && !isMoney(row) && !rate)
    return warn(`成本指标“${name}”的指标值“${shown}”不是金额：成本指标应写明金额上限，如“≤60万元”`);
  if (level2 === 'timeliness' && !isTimeLimit(row))
    return {
      // "按时答复率 ≥99%" refers to a deadline set elsewhere: a weaker target than a stated time, not a blank one.
      severity: value.kind === 'quantity' && ON_TIME_RE.test(row.name) ? 'info' : 'warning',
      message: `时效指标“${name}”的指标值“${shown}”没有时限：应写明完成时间或期限，如“2026年12月底前”“≤30个工作日”`,
    };
  if (level2 === 'quantity' && value.kind === 'quantity' && value.unit === '%' && COMPLETION_RE.test(row.name))
    return warn(`数量指标“${name}”只写了完成率“${shown}”：数量指标应写明要完成的数量，如“≥20台”“=12次”`);
  if (value.kind !== 'text' || !VAGUE_RE.test(value.text) || /\d/.test(value.text) || BASELINE_RE.test(value.text))
    return null;
  const benefit = row.level1?.id === 'benefit' || /效益|可持续/.test(row.level2?.text ?? '');
  const satisfaction = level2 === 'satisfaction' || /满意/.test(row.name);
  return {
    severity: benefit && !satisfaction ? 'info' : 'warning',
    message: `“${rowCategoryName(row)}”的指标“${name}”指标值为“${value.text}”，没有可衡量的数值或比较基准${
      satisfaction ? '：满意度应写为百分比，如“≥90%”' : '：请写明目标数值、比例或完成时限，如“较上年提高5%”“≥95%”'
    }`,
  };
}

function warn(message: string): Problem {
  return { severity: 'warning', message };
}

/** An amount: "≤60万元", "600000元", or a bare number in the money column. */
function isMoney(row: IndicatorRow): boolean {
  const { value } = row;
  return value.kind === 'quantity' && (value.amount !== undefined || value.unit === '' || value.unit.includes('元'));
}

function isTimeLimit(row: IndicatorRow): boolean {
  const { value } = row;
  if (value.kind === 'date') return true;
  if (value.kind === 'quantity' && TIME_UNITS.has(value.unit)) return true;
  return value.kind !== 'empty' && TIME_LIMIT_RE.test(row.valueText); // "2小时内", "30个工作日内办结"
}

function checkGoals(table: ProjectPerformanceTable, report: Parameters<typeof vagueValue.check>[0]['report']): void {
  const { goal, overallGoal } = table.facts;
  if (!goal || !overallGoal || !sameGoal(goal.text, overallGoal.text) || !isMultiYear(table)) return;
  report({
    sheet: table.sheet,
    cell: a1(goal),
    message:
      '跨年项目的年度总体目标与项目总体目标完全相同：年度总体目标应写明本年度要完成的部分（数量、进度、阶段成果），而不是照抄项目总体目标',
    actual: goal.text,
    related: [{ sheet: table.sheet, cell: a1(overallGoal) }],
  });
}
