import fc from 'fast-check';
import { labelKey, toHalfWidth } from '../../../src/core/parse/normalize';

/** The definitions by regular expression that the one-pass versions must match exactly. */
function referenceHalfWidth(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code >= 0xff01 && code <= 0xff5e) out += String.fromCodePoint(code - 0xfee0);
    else if (code === 0x3000) out += ' ';
    else out += ch;
  }
  return out;
}

function referenceLabelKey(text: string): string {
  return referenceHalfWidth(text)
    .replace(/[\s\u00a0]+/g, '')
    .replace(/[“”„‟″＂]/g, '"')
    .replace(/[‘’′]/g, "'")
    .replace(/[【〔［]/g, '[')
    .replace(/[】〕］]/g, ']');
}

/** Characters the normalizers treat specially, mixed with ordinary and astral ones. */
const interesting = fc.constantFrom(
  ...'　 \t\n\u00a0\u2003\u200b\ufeff\u2028“”„‟″＂‘’′【〔［】〕］（）：％１７ａＺ～！项目合计,.()[]"\'aZ0😀'.split(''),
  '😀',
);
const text = fc.oneof(
  fc.array(interesting, { maxLength: 12 }).map((chars) => chars.join('')),
  fc.string({ unit: 'binary', maxLength: 12 }),
);

describe('toHalfWidth', () => {
  it.each([
    ['１７，．％：', '17,.%:'],
    ['项　目', '项 目'],
    ['合计', '合计'],
  ])('%p → %p', (input, expected) => expect(toHalfWidth(input)).toBe(expected));

  it('matches its definition on any text', () => {
    fc.assert(
      fc.property(text, (t) => expect(toHalfWidth(t)).toBe(referenceHalfWidth(t))),
      { numRuns: 5_000 },
    );
  });
});

describe('labelKey', () => {
  it.each([
    ['项  目', '项目'],
    ['财政拨款“三公”经费', '财政拨款"三公"经费'],
    ['（%）', '(%)'],
    ['【一般】 〔公共〕', '[一般][公共]'],
    ['收入\u00a0总计\u2003', '收入总计'],
  ])('%p → %p', (input, expected) => expect(labelKey(input)).toBe(expected));

  it('matches its definition on any text', () => {
    fc.assert(
      fc.property(text, (t) => expect(labelKey(t)).toBe(referenceLabelKey(t))),
      { numRuns: 5_000 },
    );
  });

  it('every UTF-16 unit alone is normalized as its definition says', () => {
    for (let code = 0; code <= 0xffff; code++) {
      const unit = String.fromCharCode(code);
      if (labelKey(unit) !== referenceLabelKey(unit)) throw new Error(`U+${code.toString(16)}`);
      if (toHalfWidth(unit) !== referenceHalfWidth(unit)) throw new Error(`U+${code.toString(16)}`);
    }
  });
});
