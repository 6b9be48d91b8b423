/**
 * Test helper: copies a 决算 fixture sheet's input figures into the matching 决算 template and lists
 * the template's formula cells with the figure the fixture publishes there. Columns are matched by
 * header label; rows of 科目 tables are copied in order (codes joined), other rows by their label
 * (the n-th "一、一般公共预算财政拨款" to the n-th).
 */
import type { CellValue, SheetGrid } from '../../../src/core/grid/types';
import type { SheetDraft } from '../../../src/core/templates/draft';
import { draftToGrid } from '../../../src/core/templates/grid';

export interface CellFigure {
  row: number;
  col: number;
  value: CellValue;
}

export interface Filling {
  inputs: CellFigure[];
  /** Formula cells and the figure the fixture publishes there (null for a blank, i.e. zero). */
  expected: CellFigure[];
}

const text = (grid: SheetGrid, row: number, col: number) => {
  const v = grid.values[row]?.[col];
  return typeof v === 'string' ? v.trim() : '';
};

function rowOf(grid: SheetGrid, label: string): number {
  const row = grid.values.findIndex((line) => line.some((v) => typeof v === 'string' && v.trim() === label));
  if (row < 0) throw new Error(`${grid.name}: no ${label}`);
  return row;
}

/** Header label of each column: the lowest non-empty header cell above the 栏次 row. */
function headerLabels(grid: SheetGrid, numbersRow: number): string[] {
  const width = Math.max(...grid.values.map((r) => r.length));
  return Array.from({ length: width }, (_, col) => {
    for (let row = numbersRow - 1; row >= 2; row--) if (text(grid, row, col)) return text(grid, row, col);
    return '';
  });
}

/** Published 决算 tables say 金额 where the template says 决算数. */
const SAME_LABEL: Record<string, string> = { 金额: '决算数' };
const norm = (label: string) => SAME_LABEL[label] ?? label;

export function fillFromFixture(draft: SheetDraft, fixture: SheetGrid): Filling {
  const template = draftToGrid(draft);
  const filling: Filling = { inputs: [], expected: [] };
  const assign = (row: number, col: number, value: CellValue) => {
    const isFormula = (template.formulas?.[row]?.[col] ?? '') !== '';
    (isFormula ? filling.expected : filling.inputs).push({ row, col, value: isFormula ? (value ?? 0) : value });
  };
  if (!fixture.values.some((line) => line.includes('栏次'))) {
    fillFromOneRow(template, fixture, assign);
    return filling;
  }
  const fixtureNumbers = rowOf(fixture, '栏次');
  const templateNumbers = rowOf(template, '栏次');
  const fixtureLabels = headerLabels(fixture, fixtureNumbers).map(norm);
  const templateLabels = headerLabels(template, templateNumbers);

  if (fixtureLabels.includes('科目名称')) {
    // 科目 table: the fixture's 合计 row, then its 类/款/项 rows in order into the template's blank rows.
    const codeCols = fixtureLabels.flatMap((l, c) => (l === '科目编码' || ['类', '款', '项'].includes(l) ? [c] : []));
    const nameCol = fixtureLabels.indexOf('科目名称');
    const amountCols = fixtureLabels.flatMap((l, c) => (c > nameCol && l ? [c] : []));
    const target = (col: number) => templateLabels.indexOf(fixtureLabels[col]);
    const templateCode = templateLabels.indexOf('科目编码');
    const templateName = templateLabels.indexOf('科目名称');
    const totalRow = templateNumbers + 1;
    let next = totalRow + 1;
    for (let row = fixtureNumbers + 1; row < fixture.values.length; row++) {
      const name = text(fixture, row, nameCol);
      const code = codeCols.map((c) => fixture.values[row][c] ?? '').join('');
      if (!name) continue; // the 空表 note
      if (code) {
        filling.inputs.push(
          { row: next, col: templateCode, value: code },
          { row: next, col: templateName, value: name },
        );
      } else if (name !== '合计') throw new Error(`${fixture.name}: unexpected row ${name}`);
      for (const c of amountCols) assign(code ? next : totalRow, target(c), fixture.values[row][c]);
      if (code) next++;
    }
    return filling;
  }

  // Rows by label: each label column (项目) with the amount columns up to the next label column.
  const labelCols = fixtureLabels.flatMap((l, c) => (l === '项目' ? [c] : []));
  const templateLabelCols = templateLabels.flatMap((l, c) => (l === '项目' ? [c] : []));
  labelCols.forEach((labelCol, side) => {
    const end = labelCols[side + 1] ?? fixtureLabels.length;
    const templateLabelCol = templateLabelCols[side];
    const templateEnd = templateLabelCols[side + 1] ?? templateLabels.length;
    const amountCols = fixtureLabels
      .slice(labelCol + 1, end)
      .flatMap((l, i) => (l && l !== '行次' ? [labelCol + 1 + i] : []));
    const templateAmountCols = templateLabels
      .slice(templateLabelCol + 1, templateEnd)
      .flatMap((l, i) => (l && l !== '行次' ? [templateLabelCol + 1 + i] : []));
    const seen = new Map<string, number>();
    for (let row = fixtureNumbers + 1; row < fixture.values.length; row++) {
      const label = text(fixture, row, labelCol);
      if (!label) continue;
      const nth = seen.get(label) ?? 0;
      seen.set(label, nth + 1);
      const matches = template.values.flatMap((_, r) =>
        r > templateNumbers && text(template, r, templateLabelCol) === label ? [r] : [],
      );
      const templateRow = matches[nth];
      if (templateRow === undefined) throw new Error(`${draft.name}: no row ${label}`);
      amountCols.forEach((c, i) => assign(templateRow, templateAmountCols[i], fixture.values[row][c]));
    }
  });
  return filling;
}

/**
 * The 三公 table printed in one row (预算数 | 决算数 groups of 合计, 出国, 用车 小计/购置/运行维护, 接待)
 * into the template's item rows: a column's item is its header, or its sub-header under 用车 (小计 = 用车).
 */
function fillFromOneRow(
  template: SheetGrid,
  fixture: SheetGrid,
  assign: (row: number, col: number, value: CellValue) => void,
): void {
  const groupRow = rowOf(fixture, '预算数');
  const dataRow = fixture.values.length - 1;
  const templateNumbers = rowOf(template, '栏次');
  const templateCol = (label: string) => template.values[templateNumbers - 1].indexOf(label);
  let group = '';
  let item = '';
  fixture.values[dataRow].forEach((value, col) => {
    group = text(fixture, groupRow, col) || group;
    item = text(fixture, groupRow + 1, col) || item;
    const sub = text(fixture, groupRow + 2, col);
    const label = sub && sub !== '小计' ? sub : item;
    const row = template.values.findIndex((_, r) => r > templateNumbers && text(template, r, 1).includes(label));
    if (row < 0) throw new Error(`${template.name}: no row ${label}`);
    assign(row, templateCol(group), value);
  });
}

/** The draft with input values written into its cells. */
export function withInputs(draft: SheetDraft, inputs: readonly CellFigure[]): SheetDraft {
  const cells = draft.cells.map((c) => ({ ...c }));
  for (const input of inputs) {
    const cell = cells.find((c) => c.row === input.row && c.col === input.col);
    if (cell?.formula) throw new Error(`input over a formula at ${input.row},${input.col}`);
    if (cell) cell.value = input.value;
    else cells.push({ row: input.row, col: input.col, value: input.value });
  }
  return { ...draft, cells };
}
