/**
 * Fills in the values of formula cells that have no cached value (files written by tools that do
 * not calculate, such as exceljs), so such a workbook checks the same as it does in Excel.
 * Inputs are computed before the formulas that use them; cycles and unsupported formulas leave
 * the cell empty with a zh-CN read warning.
 */
import { usedRange } from '../grid/access';
import { toA1 } from '../grid/address';
import type { CellValue, SheetGrid } from '../grid/types';
import { evaluateFormula } from './evaluate';
import { computeOrder, referencedCells } from './order';
import { parseFormula, type FormulaNode } from './parse';
import { toNumber } from './rational';
import { outOfScopeReason } from './scope';
import { FormulaSyntaxError } from './tokenize';

/** Beyond this many problem cells a sheet gets one summary warning instead of one per cell. */
const MAX_CELL_WARNINGS = 5;

export function evaluateMissingValues(grid: SheetGrid): SheetGrid {
  const formulas = grid.formulas;
  const bounds = usedRange(grid);
  if (!formulas || !bounds) return grid;
  const { row: top, col: left } = grid.origin;
  const keyOf = (row: number, col: number) => `${row},${col}`; // absolute coordinates

  // The formula cells without a value, parsed once.
  const pending = new Map<string, { row: number; col: number; node?: FormulaNode; error?: string }>();
  formulas.forEach((line, r) =>
    line.forEach((formula, c) => {
      if (!needsValue(formula, grid.values[r]?.[c])) return;
      const cell: { row: number; col: number; node?: FormulaNode; error?: string } = { row: top + r, col: left + c };
      const outOfScope = outOfScopeReason(formula);
      if (outOfScope) cell.error = outOfScope;
      else
        try {
          cell.node = parseFormula(formula);
        } catch (error) {
          if (!(error instanceof FormulaSyntaxError)) throw error;
          cell.error = error.message;
        }
      pending.set(keyOf(cell.row, cell.col), cell);
    }),
  );
  if (pending.size === 0) return grid;

  const { order, cyclic } = computeOrder(pending.keys(), function* (key) {
    const node = pending.get(key)!.node;
    if (!node) return;
    for (const [row, col] of referencedCells(node, bounds)) {
      const dep = keyOf(row, col);
      if (pending.has(dep)) yield dep;
    }
  });

  const values = grid.values.map((row) => [...row]);
  const valueAt = (row: number, col: number): CellValue => values[row - top]?.[col - left] ?? null;
  const problems: string[] = [];
  for (const key of order) {
    const cell = pending.get(key)!;
    const address = toA1(cell.row, cell.col);
    let value: CellValue = null;
    if (cyclic.has(key)) problems.push(`${address}（循环引用）`);
    else if (cell.error) problems.push(`${address}（${cell.error}）`);
    else {
      const result = evaluateFormula(cell.node!, valueAt, bounds);
      if (result.kind === 'number') value = toNumber(result.value);
      else if (result.kind === 'text') value = result.value;
      else if (result.kind === 'error') problems.push(`${address}（${result.message}）`);
    }
    values[cell.row - top][cell.col - left] = value;
  }

  if (problems.length === 0) return { ...grid, values };
  const listed = problems.slice(0, MAX_CELL_WARNINGS).join('、');
  const more = problems.length > MAX_CELL_WARNINGS ? ` 等 ${problems.length} 处` : '';
  const warning = `公式没有保存计算结果且无法计算：${listed}${more}；这些单元格按空值校验`;
  return { ...grid, values, readWarnings: [...(grid.readWarnings ?? []), warning] };
}

function needsValue(formula: string | undefined, value: CellValue | undefined): boolean {
  return !!formula && formula.startsWith('=') && (value === null || value === undefined || value === '');
}
