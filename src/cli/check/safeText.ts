/**
 * Makes text from a workbook or a file name safe to print on one line: control characters, line and paragraph
 * separators and bidi overrides become visible marks, so a cell cannot forge report lines (a fake "合计：… 0 个错误")
 * or colour the terminal.
 */

// C0 and DEL, C1, U+2028/2029, and the bidi embeddings/overrides/isolates that reorder what is shown.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

export function oneLine(text: string): string {
  return text.replace(UNSAFE, (ch) => {
    const code = ch.charCodeAt(0);
    // C0 and DEL have printable "control pictures" (␊ for a newline); the rest are spelled out.
    if (code < 0x20) return String.fromCharCode(0x2400 + code);
    if (code === 0x7f) return '\u2421';
    return `<U+${code.toString(16).toUpperCase().padStart(4, '0')}>`;
  });
}
