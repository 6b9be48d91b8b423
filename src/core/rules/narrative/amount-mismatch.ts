/** narrative/amount-mismatch: an amount a 情况说明 sentence states must match the table that states it too. */
import { toA1 } from '../../grid/address';
import type { PlacedLevelClaim } from '../../narrative/extract';
import { claimsOfParagraphs } from '../../narrative/extract';
import { TOPIC_LABELS } from '../../narrative/topics';
import type { Amount } from '../../parse/amount';
import { FEN_PER_UNIT, formatAmount } from '../../parse/amount';
import { formatFen, statedAs, whereIs } from '../cross/quantity';
import { defineRule } from '../types';
import { agreesAtPrecision, roundingHint } from './precision';
import { tableSetOf, tableValuesOf } from './table-values';
import { budgetYearOf } from './year';

/** Two stated figures of one quantity agree when both round to the same figure at the coarser precision. */
function sameFigure(a: Amount, b: Amount): boolean {
  const step = Math.max(FEN_PER_UNIT[a.unit] / 10 ** a.decimals, FEN_PER_UNIT[b.unit] / 10 ** b.decimals);
  return Math.round(a.fen / step) === Math.round(b.fen / step);
}

export const amountMismatch = defineRule({
  id: 'narrative/amount-mismatch',
  severity: 'error',
  title: '情况说明中的金额应与表格一致、前后一致',
  docs:
    '读取情况说明（编制说明）中写明的当年金额——收入总额及各来源、支出总额、基本支出、人员经费、公用经费、项目支出、' +
    '机关运行经费、"三公"经费及各项、政府采购预算——与收支总表、支出总表、基本支出表、"三公"经费表、政府采购表中的' +
    '对应单元格比较（万元与元精确换算）。"增加/减少 X 万元"等增减额和上年金额不作比较；按句中金额的精度四舍五入后相同' +
    '不算不一致，直接截去尾数（表中 3518.85、文中 3518.8）则算不一致并给出应四舍五入的数。例：情况说明称一般公共预算收入 95.54 万元，但部门收支总表为 107.54 万元。' +
    '表中没有的金额（如未列入“三公”表的机关运行经费）在不同段落重复出现时，前后应一致。',
  appliesTo: ['narrative'],
  check({ table, workbook, report }) {
    const { levels } = claimsOfParagraphs(table.paragraphs, budgetYearOf(workbook));
    const set = tableSetOf(workbook, table);
    /** Per topic (and figure) without a table value, the first paragraph's: later ones must repeat it. */
    const firstStated = new Map<string, PlacedLevelClaim>();
    for (const claim of levels) {
      const paragraph = table.paragraphs.find((p) => p.row === claim.row && p.col === claim.col)?.text ?? '';
      const values = tableValuesOf(set, claim, paragraph);
      const { fen, unit, decimals } = claim.amount;
      const [value] = values;
      if (!value) {
        const key = `${claim.topic} ${claim.figure ?? ''}`;
        const first = firstStated.get(key);
        if (!first) firstStated.set(key, claim);
        else if (first.row !== claim.row && !sameFigure(first.amount, claim.amount))
          report({
            sheet: table.sheet,
            cell: toA1(claim.row, claim.col),
            message:
              `情况说明前后两处${TOPIC_LABELS[claim.topic]}不一致：${toA1(first.row, first.col)} 为“${first.text}”，` +
              `此处为“${claim.text}”。`,
            expected: formatAmount(first.amount.fen, first.amount.unit, first.amount.decimals),
            actual: formatAmount(fen, unit, decimals),
            related: [{ sheet: table.sheet, cell: toA1(first.row, first.col) }],
          });
        continue;
      }
      if (values.some((q) => agreesAtPrecision(claim.amount, q))) continue;
      const stated = formatAmount(fen, unit, decimals);
      report({
        sheet: table.sheet,
        cell: toA1(claim.row, claim.col),
        message:
          `情况说明称${TOPIC_LABELS[claim.topic]} ${stated} ${unit}，但 ${whereIs(value)} ${statedAs(value)}` +
          `（${value.label}；原文“${claim.text}”）${roundingHint(claim.amount, value)}。`,
        expected: formatFen(value.fen, unit),
        actual: stated,
        related: value.cells,
      });
    }
  },
});
