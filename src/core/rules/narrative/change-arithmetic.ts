/**
 * narrative/change-arithmetic: the year-on-year changes a 情况说明 states must be arithmetic — the
 * change is this year minus last year with the matching verb, the rate is the change over last year
 * (none on a zero base), and the parts' changes add up to the whole's.
 */
import { toA1 } from '../../grid/address';
import type { Comparison } from '../../narrative/comparisons';
import { comparisonsOf, PARTS_OF } from '../../narrative/comparisons';
import { claimsByParagraph } from '../../narrative/extract';
import { TOPIC_LABELS } from '../../narrative/topics';
import type { MoneyUnit } from '../../parse/amount';
import { formatAmount } from '../../parse/amount';
import type { FindingInput } from '../types';
import { defineRule } from '../types';
import { printedHalfDigit } from './precision';
import { budgetYearOf } from './year';

type Issue = Omit<FindingInput, 'sheet' | 'cell'>;

export const changeArithmetic = defineRule({
  id: 'narrative/change-arithmetic',
  severity: 'error',
  title: '情况说明中的增减额、增减率应计算正确',
  docs:
    '核对情况说明写明的与上年比较：同时写出本年数和上年数时，增减额应等于两者之差，且“增加/减少”与差额的正负一致' +
    '（本年少于上年却写“增加”即为错误）；“增长/下降Y%”应等于增减额除以上年数（按句中精度四舍五入）；上年为0时' +
    '不应计算增长率；同一段中总额及其各组成部分（各项收入来源、基本支出与项目支出、“三公”经费各项）都写明增减额时，' +
    '各部分增减额之和应等于总额的增减额。例：“收入3518.85万元，比上年增加200万元”，其中“一般公共预算拨款收入比上年' +
    '增加150万元、政府性基金收入比上年增加30万元”，合计180万元与200万元不符。',
  appliesTo: ['narrative'],
  check({ table, workbook, report }) {
    for (const { paragraph, claims } of claimsByParagraph(table.paragraphs, budgetYearOf(workbook))) {
      const cell = toA1(paragraph.row, paragraph.col);
      const comparisons = comparisonsOf(claims);
      const issues = [...comparisons.flatMap(checkComparison), ...checkParts(comparisons)];
      for (const issue of issues) report({ sheet: table.sheet, cell, ...issue });
    }
  },
});

function checkComparison(c: Comparison): Issue[] {
  const label = TOPIC_LABELS[c.topic];
  const { current, previous, change, rate } = c;
  const issues: Issue[] = [];
  const difference = current && previous ? current.fen - previous.fen : undefined;
  if (change && difference !== undefined && current && previous) {
    const unit = current.unit;
    const slack =
      printedHalfDigit(current) + printedHalfDigit(previous) + (change.amount ? printedHalfDigit(change.amount) : 0);
    const diffText = `${formatAmount(current.fen, unit, current.decimals)} − ${formatAmount(previous.fen, unit, previous.decimals)} = ${formatAmount(difference, unit, 2)} ${unit}`;
    if (change.direction === 'flat' ? Math.abs(difference) > slack : wrongSign(change.direction, difference, slack))
      issues.push({
        message: `情况说明称${label}${verbOf(change.direction)}，但本年与上年之差为 ${diffText}，应为“${difference > 0 ? '增加' : difference < 0 ? '减少' : '持平'}”。`,
        expected: difference > 0 ? '增加' : difference < 0 ? '减少' : '持平',
        actual: verbOf(change.direction),
      });
    else if (change.amount && Math.abs(Math.abs(difference) - change.amount.fen) > slack)
      issues.push({
        message: `情况说明称${label}“${change.text}”，但本年与上年之差为 ${diffText}。`,
        expected: formatAmount(Math.abs(difference), change.amount.unit, 2),
        actual: formatAmount(change.amount.fen, change.amount.unit, change.amount.decimals),
      });
  }
  if (rate) issues.push(...checkRate(c, label));
  return issues;
}

function checkRate(c: Comparison, label: string): Issue[] {
  const rate = c.rate!;
  const change = c.change?.fen ?? (c.current && c.previous ? c.current.fen - c.previous.fen : undefined);
  if (change === undefined) return [];
  const stated = formatRate(rate.scaled, rate.decimals);
  if (c.change && c.change.direction !== 'flat' && c.change.direction !== rate.direction)
    return [
      {
        message: `情况说明称${label}${verbOf(c.change.direction)}，增减率却写作“${verbOf(rate.direction, true)}${stated}%”，方向相反。`,
        actual: `${verbOf(rate.direction, true)}${stated}%`,
      },
    ];
  const base = c.previous?.fen ?? (c.current ? c.current.fen - change : undefined);
  if (base === undefined || base < 0) return [];
  if (base === 0)
    return [
      {
        message: `情况说明称${label}“${verbOf(rate.direction, true)}${stated}%”，但上年为 0，增长率无法计算，应只写增减额（如“上年无此项支出”）。`,
        actual: `${stated}%`,
      },
    ];
  // Rates are ratios, not money: floating point is exact enough; inputs may each be off by half a digit.
  const slack =
    (c.change?.amount ? printedHalfDigit(c.change.amount) : 0) + (c.previous ? printedHalfDigit(c.previous) : 0);
  const low = ((Math.abs(change) - slack) / (base + slack)) * 100;
  const high = ((Math.abs(change) + slack) / Math.max(base - slack, 1)) * 100;
  const value = rate.scaled / 10 ** rate.decimals;
  const step = 0.5 / 10 ** rate.decimals;
  if (value >= low - step - 1e-9 && value <= high + step + 1e-9) return [];
  const expected = ((Math.abs(change) / base) * 100).toFixed(Math.max(rate.decimals, 1));
  const unit = c.change?.amount?.unit ?? c.current?.unit ?? '万元';
  const money = (fen: number) => `${formatAmount(fen, unit, 2)} ${unit}`;
  return [
    {
      message: `情况说明称${label}“${verbOf(rate.direction, true)}${stated}%”，但增减额 ${money(Math.abs(change))}除以上年 ${money(base)}为 ${expected}%。`,
      expected: `${expected}%`,
      actual: `${stated}%`,
    },
  ];
}

/** The parts' stated changes must add up to the whole's, when every stated part states its change. */
function checkParts(comparisons: readonly Comparison[]): Issue[] {
  const issues: Issue[] = [];
  const done = new Set<string>();
  for (const whole of comparisons) {
    if (!whole.change || done.has(whole.topic)) continue;
    done.add(whole.topic);
    // The fullest list of parts wins: 一般公共预算 + 基金 over 财政拨款 when the text states the sources.
    const candidates = (PARTS_OF[whole.topic] ?? [])
      .map((list) => partsOf(list, comparisons, whole))
      .filter((parts) => parts.length >= 2 && parts.every((p) => p.change));
    const parts = candidates.reduce<Comparison[]>((best, p) => (p.length > best.length ? p : best), []);
    if (parts.length === 0) continue;
    const total = parts.reduce((sum, p) => sum + p.change!.fen, 0);
    const slack = [whole, ...parts].reduce(
      (sum, p) => sum + (p.change!.amount ? printedHalfDigit(p.change!.amount) : 0),
      0,
    );
    if (Math.abs(total - whole.change.fen) <= slack) continue;
    const unit = whole.change.amount?.unit ?? '万元';
    const listed = parts.map((p) => `${TOPIC_LABELS[p.topic]}${signed(p.change!.fen, unit)}`).join('、');
    issues.push({
      message:
        `情况说明中${TOPIC_LABELS[whole.topic]}比上年${signed(whole.change.fen, unit)}，但各组成部分的增减` +
        `（${listed}）合计为${signed(total, unit)}，二者不一致。`,
      expected: formatAmount(total, unit, 2),
      actual: formatAmount(whole.change.fen, unit, 2),
    });
  }
  return issues;
}

/** One comparison per part topic: the first that states a change, else the first stated. */
function partsOf(list: readonly string[], comparisons: readonly Comparison[], whole: Comparison): Comparison[] {
  return list.flatMap((topic) => {
    const stated = comparisons.filter((c) => c !== whole && c.topic === topic);
    const part = stated.find((c) => c.change) ?? stated[0];
    return part ? [part] : [];
  });
}

function wrongSign(direction: 'increase' | 'decrease', difference: number, slack: number): boolean {
  return direction === 'increase' ? difference < -slack : difference > slack;
}

function verbOf(direction: 'increase' | 'decrease' | 'flat', rate = false): string {
  if (direction === 'flat') return '与上年持平';
  if (rate) return direction === 'increase' ? '增长' : '下降';
  return direction === 'increase' ? '比上年增加' : '比上年减少';
}

function formatRate(scaled: number, decimals: number): string {
  return decimals === 0 ? String(scaled) : (scaled / 10 ** decimals).toFixed(decimals);
}

/** "增加 180.00 万元" / "减少 20.00 万元" / "持平". */
function signed(fen: number, unit: MoneyUnit): string {
  if (fen === 0) return '持平';
  return `${fen > 0 ? '增加' : '减少'} ${formatAmount(Math.abs(fen), unit, 2)} ${unit}`;
}
