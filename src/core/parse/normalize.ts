/** Text normalization shared by the parsers and recognizers: full-width forms, spaces, quotes. */

const FULL_WIDTH_START = 0xff01;
const FULL_WIDTH_END = 0xff5e;
const NEEDS_HALF_WIDTH_RE = /[\uff01-\uff5e\u3000]/;
/** Every character labelKey changes (toHalfWidth's plus white space, quotes, brackets). */
const NEEDS_LABEL_KEY_RE = /[\uff01-\uff5e\u3000\s\u00a0“”„‟″＂‘’′【〔［】〕］]/;

/** Full-width ASCII (１７，．％：) to half-width; ideographic space to a space. */
export function toHalfWidth(text: string): string {
  // Most cells have nothing to convert; skip the per-character rebuild for them.
  if (!NEEDS_HALF_WIDTH_RE.test(text)) return text;
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code >= FULL_WIDTH_START && code <= FULL_WIDTH_END) out += String.fromCodePoint(code - 0xfee0);
    else if (code === 0x3000) out += ' ';
    else out += ch;
  }
  return out;
}

/**
 * A key for comparing labels: half-width, no white space, unified quotes and brackets.
 * "项  目" → "项目", "财政拨款“三公”经费" → "财政拨款"三公"经费", "（%）" → "(%)".
 */
export function labelKey(text: string): string {
  if (!NEEDS_LABEL_KEY_RE.test(text)) return text;
  return toHalfWidth(text)
    .replace(/[\s\u00a0]+/g, '')
    .replace(/[“”„‟″＂]/g, '"')
    .replace(/[‘’′]/g, "'")
    .replace(/[【〔［]/g, '[')
    .replace(/[】〕］]/g, ']')
    .replace(/、/g, '、');
}
