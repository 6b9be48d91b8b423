/** The one home of how a severity is named and tinted, shared by every host (pane, Excel, CLI, exports). */
import type { Severity } from './types';

/** error = 强制性, warning = 提示性, info = 供参考 (DESIGN.md §4). */
export const SEVERITY_LABELS: Record<Severity, string> = { error: '错误', warning: '警告', info: '提示' };

/** Light tints (Excel's own "bad / neutral" styles and a pale blue), so the cell text stays readable. */
export const SEVERITY_FILLS: Record<Severity, `#${string}`> = { error: '#FFC7CE', warning: '#FFEB9C', info: '#DDEBF7' };
