/**
 * Test helper: copies the input figures of a published table (the pingxiang fixture) into the
 * matching template, and lists the template's formula cells with the value the fixture publishes
 * there. Rows of 科目 tables are copied in order; other rows are matched by their label.
 */
import { mergedValueAt, textAt, valueAt } from '../../../src/core/grid/access';
import type { CellValue, SheetGrid } from '../../../src/core/grid/types';
import { labelKey } from '../../../src/core/parse/normalize';
import type { SheetDraft } from '../../../src/core/templates/draft';
import { draftToGrid } from '../../../src/core/templates/grid';

export interface CellFigure {
  row: number;
  col: number;
  value: CellValue;
}

export interface Filling {
  inputs: CellFigure[];
  /** Formula cells and the total the fixture publishes there. */
  expected: CellFigure[];
}

export function fillingFromFixture(draft: SheetDraft, fixture: SheetGrid): Filling {
  const template = draftToGrid(draft);
  const filling: Filling = { inputs: [], expected: [] };
  const assign = (row: number, col: number, value: CellValue) => {
    const isFormula = (template.formulas?.[row]?.[col] ?? '') !== '';
    (isFormula ? filling.expected : filling.inputs).push({ row, col, value });
  };
  const fixtureBody = rowOf(fixture, '栏次') + 1;
  const templateBody = rowOf(template, '栏次') + 1;
  const codeHeader = find(fixture, '科目编码');

  if (codeHeader) {
    const codeCol = codeHeader.col;
    const nameCol = find(fixture, '科目名称')!.col;
    const templateCodeCol = find(template, '科目编码')!.col;
    const columns = amountColumns(fixture, template, codeHeader.row, nameCol);
    let next = templateBody + 1; // the template's first blank 科目 row, under its 合计 row
    for (let row = fixtureBody; row < fixtureBody + fixture.values.length; row++) {
      const code = valueAt(fixture, row, codeCol);
      const isTotal = labelKey(textAt(fixture, row, nameCol)) === '合计';
      if (!isTotal && (code === null || code === '')) continue;
      const target = isTotal ? templateBody : next++;
      if (!isTotal) {
        assign(target, templateCodeCol, code);
        assign(target, templateCodeCol + 1, valueAt(fixture, row, nameCol));
      }
      for (const [from, to] of columns) {
        const value = valueAt(fixture, row, from);
        if (typeof value === 'number') assign(target, to, value);
      }
    }
    return filling;
  }

  for (let row = fixtureBody; row < fixture.values.length; row++) {
    for (let col = 1; col < (fixture.values[row]?.length ?? 0); col++) {
      const value = valueAt(fixture, row, col);
      if (typeof value !== 'number') continue;
      const label = labelLeftOf(fixture, row, col);
      const target = rowWithLabel(template, templateBody, label.col, label.text);
      assign(target, col, value);
    }
  }
  return filling;
}

/** Fixture column → template column, matched by the header leaf label above each amount column. */
function amountColumns(
  fixture: SheetGrid,
  template: SheetGrid,
  headerRow: number,
  nameCol: number,
): [number, number][] {
  const templateHeader = find(template, '科目编码')!.row;
  const width = template.values[0].length;
  const pairs: [number, number][] = [];
  for (let col = nameCol + 1; col < (fixture.values[headerRow]?.length ?? 0); col++) {
    const label = labelKey(String(mergedValueAt(fixture, headerRow, col) ?? ''));
    const to = [...Array(width).keys()].find(
      (c) => c > nameCol - 1 && labelKey(String(mergedValueAt(template, templateHeader, c) ?? '')) === label,
    );
    if (to === undefined) throw new Error(`template has no column “${label}”`);
    pairs.push([col, to]);
  }
  return pairs;
}

function labelLeftOf(grid: SheetGrid, row: number, col: number): { col: number; text: string } {
  for (let c = col - 1; c > 0; c--) {
    const value = valueAt(grid, row, c);
    if (typeof value === 'string' && value.trim()) return { col: c, text: labelKey(value) };
  }
  throw new Error(`no label left of row ${row + 1} col ${col + 1}`);
}

function rowWithLabel(grid: SheetGrid, top: number, col: number, label: string): number {
  for (let row = top; row < grid.values.length; row++) if (labelKey(textAt(grid, row, col)) === label) return row;
  throw new Error(`template ${grid.name} has no row “${label}”`);
}

function rowOf(grid: SheetGrid, text: string): number {
  const hit = find(grid, text);
  if (!hit) throw new Error(`${grid.name}: no “${text}”`);
  return hit.row;
}

export function find(grid: SheetGrid, text: string): { row: number; col: number } | undefined {
  for (let row = 0; row < grid.values.length; row++)
    for (let col = 0; col < grid.values[row].length; col++)
      if (typeof grid.values[row][col] === 'string' && labelKey(grid.values[row][col] as string) === labelKey(text))
        return { row, col };
  return undefined;
}

/** The draft with the inputs written in (values replace the empty input cells). */
export function withInputs(draft: SheetDraft, inputs: CellFigure[]): SheetDraft {
  const byCell = new Map(inputs.map((f) => [`${f.row},${f.col}`, f.value]));
  const cells = draft.cells.map((cell) =>
    byCell.has(`${cell.row},${cell.col}`) ? { ...cell, value: byCell.get(`${cell.row},${cell.col}`) } : cell,
  );
  return { ...draft, cells };
}

/** The fixture sheet publishing the same table as a budget template sheet: both are numbered 1 … 9. */
export function fixtureSheetFor(draft: SheetDraft, fixture: SheetGrid[]): SheetGrid {
  const sheet = fixture.find((g) => /^\d/.test(g.name) && g.name[0] === draft.name[0]);
  if (!sheet) throw new Error(`no fixture sheet for ${draft.name}`);
  return sheet;
}
