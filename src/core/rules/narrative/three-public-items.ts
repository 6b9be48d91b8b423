/**
 * narrative/three-public-items: a 部门决算情况说明 names every "三公" item with its 年初预算 and its
 * 决算数, and says why the 决算 differs from the 预算 — as the 决算 "三公" table states both.
 */
import { toA1 } from '../../grid/address';
import { givesReason } from '../../narrative/changes';
import type { Figure } from '../../narrative/claims';
import { claimsOfParagraphs } from '../../narrative/extract';
import type { ClaimTopic } from '../../narrative/topics';
import type { ThreePublicItem } from '../../tables/budget/model';
import { THREE_PUBLIC_LABELS } from '../../tables/budget/vocabulary';
import { defineRule } from '../types';
import { tableSetOf } from './table-values';
import { budgetYearOf } from './year';

/** The items a 决算 text must name; 用车 may be named whole or as 购置 and 运行维护. */
const ITEMS: readonly { item: ThreePublicItem; topics: readonly ClaimTopic[] }[] = [
  { item: 'total', topics: ['three-public.total'] },
  { item: 'abroad', topics: ['three-public.abroad'] },
  {
    item: 'vehicle',
    topics: ['three-public.vehicle', 'three-public.vehicle-purchase', 'three-public.vehicle-operation'],
  },
  { item: 'reception', topics: ['three-public.reception'] },
];
const FIGURE_LABELS: Record<Figure, string> = { budget: '年初预算数', final: '决算数' };

export const threePublicItems = defineRule({
  id: 'narrative/three-public-items',
  severity: 'warning',
  title: '决算情况说明应逐项说明“三公”经费的预算数、决算数及差异原因',
  docs:
    '部门决算的财政拨款“三公”经费支出决算表同时列出预算数和决算数。决算情况说明应写明“三公”经费合计及因公出国（境）' +
    '费、公务用车购置及运行维护费、公务接待费各项的年初预算数和决算数（如“因公出国（境）费年初预算为1.5万元，支出决算' +
    '为1万元”），决算数与预算数不同时说明原因（如“决算数小于年初预算数的主要原因是厉行节约”）。缺项或未说明原因时' +
    '提示；金额本身是否与表一致由 narrative/amount-mismatch 核对。',
  appliesTo: ['narrative'],
  check({ table, workbook, report }) {
    const set = tableSetOf(workbook, table);
    const threePublic = set?.family === 'final' ? set.get('three-public') : undefined;
    const budget = threePublic?.measures.find((m) => m.name === '预算数');
    if (!threePublic || !budget) return;
    const { levels } = claimsOfParagraphs(table.paragraphs, budgetYearOf(workbook));
    const stated = levels.filter((c) => c.topic.startsWith('three-public.'));
    const missing = ITEMS.flatMap(({ item, topics }) =>
      (['budget', 'final'] as const)
        .filter((figure) => !stated.some((c) => topics.includes(c.topic) && (c.figure ?? 'final') === figure))
        .map((figure) => `${THREE_PUBLIC_LABELS[item]}的${FIGURE_LABELS[figure]}`),
    );
    const anchor = stated[0] ?? { row: table.region.title.row, col: table.region.title.col };
    const cell = toA1(anchor.row, anchor.col);
    const related = [
      { sheet: threePublic.sheet, cell: toA1(threePublic.region.title.row, threePublic.region.title.col) },
    ];
    if (missing.length > 0)
      report({
        sheet: table.sheet,
        cell,
        message: `决算情况说明未写明“三公”经费${missing.join('、')}（“三公”经费决算表列有预算数和决算数）。`,
        actual: missing.join('、'),
        related,
      });
    const budgetTotal = budget.items.total?.fen;
    const finalTotal = threePublic.items.total?.fen;
    if (budgetTotal === undefined || finalTotal === undefined || budgetTotal === finalTotal || stated.length === 0)
      return;
    const rows = new Set(stated.map((c) => c.row));
    const paragraphs = table.paragraphs.filter((p) => rows.has(p.row) || rows.has(p.row - 1));
    if (paragraphs.some((p) => givesReason(p.text))) return;
    report({
      sheet: table.sheet,
      cell,
      message:
        '“三公”经费决算数与年初预算数不同，但决算情况说明未说明差异原因，建议补充“决算数小于（大于）年初预算数的主要原因是……”。',
      related,
    });
  },
});
