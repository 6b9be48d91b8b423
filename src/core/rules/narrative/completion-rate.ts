/**
 * narrative/completion-rate: in a 决算 情况说明, "完成年初预算的P%" must be 决算数 ÷ 年初预算 and
 * "决算数大于/小于年初预算数" must agree with the two figures stated.
 */
import { toA1 } from '../../grid/address';
import type { ExecutionStatement } from '../../narrative/execution';
import { executionStatements } from '../../narrative/execution';
import type { Amount } from '../../parse/amount';
import { formatAmount } from '../../parse/amount';
import type { FindingInput } from '../types';
import { defineRule } from '../types';
import { printedHalfDigit } from './precision';

type Issue = Omit<FindingInput, 'sheet' | 'cell'>;

export const completionRate = defineRule({
  id: 'narrative/completion-rate',
  severity: 'error',
  title: '决算情况说明中的预算完成率与增减方向应与所列金额一致',
  docs:
    '部门决算情况说明常写“年初预算为A万元，支出决算为B万元，完成年初预算的P%”以及“决算数大于（小于）年初预算数的' +
    '主要原因是……”。本规则用同一段中最近写出的年初预算数和决算数核对：P 应等于 B÷A（按句中精度四舍五入）；年初预算' +
    '为 0 时不应写完成率；“大于/小于/持平”应与两数的大小一致。例：年初预算60万元、决算61.04万元，却写“完成年初预算的' +
    '98.27%”或“决算数小于年初预算数”。',
  appliesTo: ['narrative'],
  check({ table, report }) {
    for (const paragraph of table.paragraphs)
      for (const statement of executionStatements(paragraph.text)) {
        const issue = checkStatement(statement);
        if (issue) report({ sheet: table.sheet, cell: toA1(paragraph.row, paragraph.col), ...issue });
      }
  },
});

function checkStatement(s: ExecutionStatement): Issue | null {
  if (s.kind === 'comparison') {
    const relation = ({ budget, final }: { budget: Amount; final: Amount }) => {
      const difference = final.fen - budget.fen;
      if (Math.abs(difference) <= printedHalfDigit(budget) + printedHalfDigit(final)) return 'equal';
      return difference > 0 ? 'above' : 'below';
    };
    // Any pair it may speak of that agrees keeps it quiet; the headline pair is named otherwise.
    if (s.pairs.length === 0 || s.pairs.some((pair) => relation(pair) === s.says)) return null;
    const [headline] = s.pairs;
    const actual = relation(headline);
    const words = { above: '大于', below: '小于', equal: '等于' };
    return {
      message: `情况说明写“${s.text}”，但年初预算 ${money(headline.budget)}、决算 ${money(headline.final)}，决算数${words[actual]}年初预算数。`,
      expected: words[actual],
      actual: words[s.says],
    };
  }
  const figures = `年初预算 ${money(s.budget)}、决算 ${money(s.final)}`;
  const stated = s.decimals === 0 ? String(s.scaled) : (s.scaled / 10 ** s.decimals).toFixed(s.decimals);
  if (s.budget.fen === 0)
    return {
      message: `情况说明写“${s.text}”，但年初预算为 0，完成率无法计算，应说明为年中追加或新增支出。`,
      actual: `${stated}%`,
    };
  // A ratio, not money: floating point is exact enough; both figures may be off by half a printed digit.
  const low = ((s.final.fen - printedHalfDigit(s.final)) / (s.budget.fen + printedHalfDigit(s.budget))) * 100;
  const high = ((s.final.fen + printedHalfDigit(s.final)) / (s.budget.fen - printedHalfDigit(s.budget))) * 100;
  const value = s.scaled / 10 ** s.decimals;
  const step = 0.5 / 10 ** s.decimals;
  if (value >= low - step - 1e-9 && value <= high + step + 1e-9) return null;
  const expected = ((s.final.fen / s.budget.fen) * 100).toFixed(Math.max(s.decimals, 1));
  return {
    message: `情况说明写“${s.text}”，但${figures}，完成率应为 ${expected}%。`,
    expected: `${expected}%`,
    actual: `${stated}%`,
  };
}

function money(amount: Amount): string {
  return `${formatAmount(amount.fen, amount.unit, amount.decimals)} ${amount.unit}`;
}
