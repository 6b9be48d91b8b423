/** The text a cell shows: the fixed-decimal and percent formats budget tables use; otherwise the value as is. */
import type { CellValue } from '../../core/grid/types';

export function displayText(value: CellValue, numberFormat: string): string {
  if (value === null) return '';
  if (typeof value === 'number' && numberFormat) {
    const fixed = /^0\.(0+)$/.exec(numberFormat) ?? /^#,##0\.(0+)$/.exec(numberFormat);
    if (fixed) return value.toFixed(fixed[1].length);
    const percent = /^0(?:\.(0+))?%$/.exec(numberFormat);
    if (percent) return `${(value * 100).toFixed(percent[1]?.length ?? 0)}%`;
  }
  return String(value);
}
