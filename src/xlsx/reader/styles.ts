/** Number formats by cell style index (styles.xml: numFmts + cellXfs), builtin ids resolved as zh-CN Excel shows them. */
import { readPart, type PartEnd } from './part';
import type { XmlHandler } from './xml';
import type { InflateBudget, Zip } from './zip';

/** ECMA-376 §18.8.30 builtin formats, with the zh-CN locale's choices for the locale-dependent ids. */
const BUILTIN: Record<number, string> = {
  0: 'General',
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy "h":mm',
  27: 'yyyy"年"m"月"',
  28: 'm"月"d"日"',
  29: 'm"月"d"日"',
  30: 'm-d-yy',
  31: 'yyyy"年"m"月"d"日"',
  32: 'h"时"mm"分"',
  33: 'h"时"mm"分"ss"秒"',
  34: '上午/下午 h"时"mm"分"',
  35: '上午/下午 h"时"mm"分"ss"秒"',
  36: 'yyyy"年"m"月"',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00 ;(#,##0.00)',
  40: '#,##0.00 ;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
  50: 'yyyy"年"m"月"',
  51: 'm"月"d"日"',
  52: 'yyyy"年"m"月"',
  53: 'm"月"d"日"',
  54: 'm"月"d"日"',
  55: '上午/下午 h"时"mm"分"',
  56: '上午/下午 h"时"mm"分"ss"秒"',
  57: 'yyyy"年"m"月"',
  58: 'm"月"d"日"',
};

export interface CellFormats {
  /** The number format of style index `s` ("General" when unknown). */
  formatOf(s: number): string;
  end: PartEnd;
}

export function readStyles(zip: Zip, part: string | undefined, budget: InflateBudget): CellFormats {
  const custom = new Map<number, string>();
  const xfFormatIds: number[] = [];
  let inCellXfs = false;
  const handler: XmlHandler = {
    capturing: false,
    open(name, attrs) {
      const formatCode = attrs.get('formatCode');
      if (name === 'numFmt' && formatCode !== undefined) custom.set(Number(attrs.get('numFmtId')), formatCode);
      else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs) xfFormatIds.push(Number(attrs.get('numFmtId') ?? 0));
    },
    close(name) {
      if (name === 'cellXfs') inCellXfs = false;
    },
    text: () => undefined,
  };
  const end = part ? readPart(zip, part, budget, handler) : 'missing';
  const formats = xfFormatIds.map((id) => custom.get(id) ?? BUILTIN[id] ?? 'General');
  return { formatOf: (s) => formats[s] ?? 'General', end };
}
