/**
 * structure/invalid-cell: an amount cell of a recognized table holds an Excel error (#REF!) or text
 * that is not an amount ("约10", "1O7.54"); the sum and funds rules skip such cells, so say so.
 */
import { isErrorValue } from '../../grid/access';
import { toA1 } from '../../grid/address';
import type { AmountCell, RoleAmounts, SummarySide } from '../../tables/budget/model';
import { shapeOf } from '../../tables/kinds';
import type { ShapeModels } from '../../tables/models';
import { MONEY_SHAPES } from '../../tables/shapes';
import { defineRule } from '../types';

const CHECKED_SHAPES = [...MONEY_SHAPES, 'project-performance'] as const;
type Checked = ShapeModels[(typeof CHECKED_SHAPES)[number]];

export const invalidCell = defineRule({
  id: 'structure/invalid-cell',
  severity: 'error',
  title: '金额单元格内容无法识别为金额',
  docs: '预算表和绩效目标表项目资金中的金额单元格应为数字（可带千分位、全角数字或“万元”“元”）。单元格显示 #REF!、#VALUE!、#DIV/0! 等公式错误，或填有“约10”“1O7.54”（字母 O）之类的文字时，无法读出金额，涉及该单元格的上下级合计、合计行、栏目合计和跨表核对都无法进行。本规则标出这些单元格，修正后重新校验即可核对相关合计。',
  appliesTo: CHECKED_SHAPES,
  check({ table, report }) {
    const checks = table.kind === 'performance.project' ? '资金合计关系' : '合计关系';
    for (const cell of invalidCells(table)) {
      const shown = cell.text.trim();
      const what = isErrorValue(shown) ? shown : `“${shown.length > 20 ? `${shown.slice(0, 20)}…` : shown}”`;
      report({
        sheet: table.sheet,
        cell: toA1(cell.row, cell.col),
        message: `该单元格不是有效金额（${what}），涉及它的${checks}未校验`,
        actual: shown,
      });
    }
  },
});

type Cell = Pick<AmountCell, 'row' | 'col' | 'text' | 'invalid'>;

/** Every invalid amount cell of the model, once each, top to bottom. */
function invalidCells(table: Checked): Cell[] {
  const byPosition = new Map<string, Cell>();
  for (const cell of amountCells(table)) if (cell?.invalid) byPosition.set(`${cell.row}:${cell.col}`, cell);
  return [...byPosition.values()].sort((a, b) => a.row - b.row || a.col - b.col);
}

function amountCells(table: Checked): (Cell | null | undefined)[] {
  const as = <S extends keyof ShapeModels>(_shape: S) => table as ShapeModels[S];
  switch (shapeOf(table.kind)) {
    case 'summary':
    case 'fiscal-summary': {
      const summary = as('summary');
      return [...sideCells(summary.income), ...sideCells(summary.expenditure)];
    }
    case 'three-public': {
      const three = as('three-public');
      const items = three.measures.flatMap((measure) => Object.values(measure.items));
      return [...items, ...Object.values(three.itemAmounts).flatMap(roleCells)];
    }
    case 'procurement': {
      const procurement = as('procurement');
      return [...procurement.rows, procurement.totalRow].flatMap((line) => roleCells(line?.amounts));
    }
    case 'assets':
      return as('assets').lines.map((line) => line.value);
    case 'project-performance': {
      const { funds } = as('project-performance');
      return funds ? [funds.total, funds.fiscal, funds.other] : [];
    }
    default: {
      const codeTable = as('code-table');
      // Plain loops, keeping only the invalid cells: a large workbook has hundreds of thousands of valid ones.
      const cells: AmountCell[] = [];
      for (const line of [...codeTable.codeRows, codeTable.totalRow])
        if (line)
          for (const role in line.amounts) {
            const cell = line.amounts[role as keyof RoleAmounts]!;
            if (cell.invalid) cells.push(cell);
          }
      return cells;
    }
  }
}

function sideCells(side: SummarySide): AmountCell[] {
  const lines = [
    ...side.lines,
    side.yearTotal,
    side.carryover,
    ...side.carryoverLines,
    ...side.adjustments,
    side.grandTotal,
  ];
  return lines.flatMap((line) => roleCells(line?.amounts));
}

function roleCells(amounts: RoleAmounts | undefined): AmountCell[] {
  return amounts ? Object.values(amounts) : [];
}
