/** Text normalization shared by the parsers and recognizers: full-width forms, spaces, quotes. */

const FULL_WIDTH_START = 0xff01;
const FULL_WIDTH_END = 0xff5e;
const FULL_WIDTH_OFFSET = 0xfee0;
const IDEOGRAPHIC_SPACE = 0x3000;
/** labelKey's answer for a unit it drops. */
const DROP = -1;

/** Full-width ASCII (１７，．％：) to half-width; ideographic space to a space. */
export function toHalfWidth(text: string): string {
  return rewrite(text, halfWidthUnit);
}

/**
 * A key for comparing labels: half-width, no white space, unified quotes and brackets.
 * "项  目" → "项目", "财政拨款“三公”经费" → "财政拨款"三公"经费", "（%）" → "(%)".
 */
export function labelKey(text: string): string {
  return rewrite(text, labelKeyUnit);
}

function halfWidthUnit(code: number): number {
  if (code >= FULL_WIDTH_START && code <= FULL_WIDTH_END) return code - FULL_WIDTH_OFFSET;
  return code === IDEOGRAPHIC_SPACE ? 0x20 : code;
}

function labelKeyUnit(code: number): number {
  // Full-width forms first: "＂" then unifies with the other quotes, "［" with the other brackets.
  const half = halfWidthUnit(code);
  if (isWhiteSpace(half)) return DROP;
  switch (half) {
    case 0x201c: // “
    case 0x201d: // ”
    case 0x201e: // „
    case 0x201f: // ‟
    case 0x2033: // ″
      return 0x22; // "
    case 0x2018: // ‘
    case 0x2019: // ’
    case 0x2032: // ′
      return 0x27; // '
    case 0x3010: // 【
    case 0x3014: // 〔
      return 0x5b; // [
    case 0x3011: // 】
    case 0x3015: // 〕
      return 0x5d; // ]
    default:
      return half;
  }
}

/** What the regular expression `\s` matches (a UTF-16 unit), plus nothing else. */
function isWhiteSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === IDEOGRAPHIC_SPACE ||
    code === 0xfeff
  );
}

/**
 * The text with each UTF-16 unit mapped by `unit` (DROP removes it), in one pass that copies unchanged
 * runs whole; the text itself when nothing changes, as for most cells. Surrogate halves are never
 * mapped, so characters beyond the BMP pass through as they are.
 */
function rewrite(text: string, unit: (code: number) => number): string {
  let out = '';
  let copied = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const mapped = unit(code);
    if (mapped === code) continue;
    out += text.slice(copied, i);
    if (mapped !== DROP) out += String.fromCharCode(mapped);
    copied = i + 1;
  }
  return copied === 0 ? text : out + text.slice(copied);
}
