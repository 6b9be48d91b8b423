/**
 * A small mutable builder for one SheetDraft, used by the template specs: place cells, merge
 * areas, set widths and validations. Specs describe what goes where; this module knows the
 * draft's shape and the house style (borders, alignment, number formats).
 */
import type { CellRange, CellValue } from '../grid/types';
import type { DraftCell, SheetDraft } from './draft';

/** Amounts: thousands separators, two decimals, zero shown as blank (unfilled rows stay clean). */
export const AMOUNT_FORMAT = '#,##0.00;-#,##0.00;;@';
export const PERCENT_FORMAT = '0%';
/** Codes are text so "201" stays "201" and a SUMIF pattern can match it. */
export const TEXT_FORMAT = '@';

export type CellStyle = Omit<DraftCell, 'row' | 'col' | 'value' | 'formula'>;

export class SheetBuilder {
  private readonly cells = new Map<string, DraftCell>();
  private readonly draft: SheetDraft;

  constructor(name: string, columnWidths: number[]) {
    this.draft = {
      name,
      cells: [],
      merges: [],
      columnWidths,
      validations: [],
      print: { landscape: columnWidths.length > 6, fitToWidth: true },
    };
  }

  get width(): number {
    return this.draft.columnWidths.length;
  }

  /** Put a value (or "=formula") at a cell, merged over `span` when given. */
  put(
    row: number,
    col: number,
    content: CellValue,
    style: CellStyle = {},
    span?: { rows?: number; cols?: number },
  ): void {
    const isFormula = typeof content === 'string' && content.startsWith('=');
    const cell: DraftCell = { row, col, ...(isFormula ? { formula: content } : { value: content }), ...style };
    if (!isFormula && (content === null || content === '')) delete cell.value;
    this.cells.set(`${row},${col}`, cell);
    const bottom = row + (span?.rows ?? 1) - 1;
    const right = col + (span?.cols ?? 1) - 1;
    if (bottom > row || right > col) {
      this.draft.merges.push({ top: row, left: col, bottom, right });
      // Every cell of a bordered merged area needs the border, or Excel draws only the top-left's.
      if (style.border)
        for (let r = row; r <= bottom; r++)
          for (let c = col; c <= right; c++)
            if (r !== row || c !== col) this.cells.set(`${r},${c}`, { row: r, col: c, border: true });
    }
  }

  /** The title row: bold, centered over the whole width. */
  title(row: number, text: string): void {
    this.put(row, 0, text, { bold: true, align: 'center' }, { cols: this.width });
  }

  validate(range: CellRange, list: string[]): void {
    this.draft.validations.push({ range, list });
  }

  /** Header rows repeat on every printed page and stay visible while scrolling. */
  header(top: number, bottom: number): void {
    this.draft.print.repeatRows = { top, bottom };
    this.draft.freeze = { rows: bottom + 1 };
  }

  landscape(on: boolean): void {
    this.draft.print.landscape = on;
  }

  build(): SheetDraft {
    const cells = [...this.cells.values()].sort((a, b) => a.row - b.row || a.col - b.col);
    return { ...this.draft, cells };
  }
}

export const headerStyle: CellStyle = { bold: true, align: 'center', wrap: true, border: true };
export const labelStyle: CellStyle = { align: 'left', wrap: true, border: true };
export const amountStyle: CellStyle = { numberFormat: AMOUNT_FORMAT, align: 'right', border: true };
export const totalStyle: CellStyle = { ...amountStyle, bold: true };
export const textInputStyle: CellStyle = { align: 'left', wrap: true, border: true };
