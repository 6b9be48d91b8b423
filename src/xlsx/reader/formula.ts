/**
 * Shared formulas: a child cell (`<f t="shared" si="0"/>`) carries only the group id; its formula is the
 * master's with relative references slid by the distance between the cells (D5's SUM(A5:C5) is SUM(A6:C6)
 * in D6). Same token rule as exceljs's slideFormula, so both readers agree cell for cell.
 */
import { columnIndex, columnLetters } from '../../core/grid/address';

const CANDIDATE = /(([a-z_\-0-9]*)!)?([a-z0-9_$]{2,})([(])?/gi;
const CELL = /^([$])?([a-z]+)([$])?([1-9][0-9]*)$/i;

/** `formula` (the master's, at 0-based rowFrom/colFrom) as written in the cell at rowTo/colTo. */
export function slideFormula(formula: string, rowFrom: number, colFrom: number, rowTo: number, colTo: number): string {
  return formula.replace(CANDIDATE, (match, sheet: string | undefined, _name, address: string, paren?: string) => {
    if (paren) return match;
    const cell = CELL.exec(address);
    if (!cell) return match;
    const letters = cell[2].toUpperCase();
    // Past XFD it is a name, not a column.
    if (letters.length > 3 || (letters.length === 3 && letters > 'XFD')) return match;
    let col = columnIndex(letters);
    let row = Number(cell[4]);
    if (!cell[1]) col += colTo - colFrom;
    if (!cell[3]) row += rowTo - rowFrom;
    return `${sheet ?? ''}${cell[1] ?? ''}${columnLetters(col)}${cell[3] ?? ''}${row}`;
  });
}
