/** How a catalogue name and a table's name are compared: spacing, width and brackets do not count. */
import { labelKey } from '../parse/normalize';

/** "行政运行", "行政 运行" and "行政运行（）" compare equal; "一般行政管理事务" does not. */
export function catalogueNameKey(name: string): string {
  return labelKey(name).replace(/[()]/g, '');
}
