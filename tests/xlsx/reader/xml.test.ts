/** The tokenizer: SpreadsheetML's XML as chunks of any size, namespace prefixes, entities, CDATA; no DOCTYPE ever. */
import fc from 'fast-check';
import { XmlError, XmlScanner, type XmlHandler } from '../../../src/xlsx/reader/xml';

/** Every event as a line ("<c r=A1", "text 1", ">c"); text is captured everywhere. */
function events(chunks: string[]): string[] {
  const out: string[] = [];
  let text = '';
  const flush = () => {
    if (text) out.push(`text ${text}`);
    text = '';
  };
  const handler: XmlHandler = {
    capturing: true,
    open(name, attrs) {
      flush();
      out.push(`<${name} r=${attrs.get('r') ?? ''} id=${attrs.get('id') ?? ''}`);
    },
    close(name) {
      flush();
      out.push(`>${name}`);
    },
    text(value) {
      text += value;
    },
  };
  const scanner = new XmlScanner(handler);
  for (const chunk of chunks) scanner.write(chunk);
  scanner.end();
  return out;
}

const SAMPLE =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<!-- made by hand -->' +
  '<x:worksheet xmlns:x="urn:main" xmlns:r="urn:rel"><x:sheetData><x:row r="1">' +
  '<x:c r="A1" t="inlineStr"><x:is><x:t xml:space="preserve"> a &amp; b &lt;&#x4E00;&#19968;&quot;</x:t></x:is></x:c>' +
  '<x:c r=\'B1\'><x:v><![CDATA[<not a tag> & ]]]></x:v></x:c><x:c r="C1" /></x:row></x:sheetData>' +
  '<x:legacy r:id="rId9"/></x:worksheet>\n';

describe('XmlScanner', () => {
  it('reports local names, attributes by local name, decoded text and CDATA as written', () => {
    expect(events([SAMPLE])).toEqual([
      '<worksheet r= id=',
      '<sheetData r= id=',
      '<row r=1 id=',
      '<c r=A1 id=',
      '<is r= id=',
      '<t r= id=',
      'text  a & b <一一"',
      '>t',
      '>is',
      '>c',
      '<c r=B1 id=',
      '<v r= id=',
      'text <not a tag> & ]',
      '>v',
      '>c',
      '<c r=C1 id=',
      '>c',
      '>row',
      '>sheetData',
      '<legacy r= id=rId9',
      '>legacy',
      '>worksheet',
    ]);
  });

  it('gives the same events however the text is cut into chunks', () => {
    const whole = events([SAMPLE]);
    fc.assert(
      fc.property(fc.uniqueArray(fc.nat({ max: SAMPLE.length }), { maxLength: 40 }), (cuts) => {
        const points = [0, ...cuts.sort((a, b) => a - b), SAMPLE.length];
        const chunks = points.slice(1).map((end, i) => SAMPLE.slice(points[i], end));
        expect(events(chunks)).toEqual(whole);
      }),
      { numRuns: 300 },
    );
  });

  it.each([
    ['a DOCTYPE (XXE, billion laughs)', '<!DOCTYPE x [<!ENTITY a "b">]><x>&a;</x>', 'doctype'],
    ['mismatched tags', '<a><b></a></b>', 'malformed'],
    ['an unknown entity', '<a>&nbsp;</a>', 'malformed'],
    ['a character reference to NUL', '<a>&#0;</a>', 'malformed'],
    ['a reference past Unicode', '<a>&#x110000;</a>', 'malformed'],
    ['a cut-off document', '<a><b>text', 'malformed'],
    ['two roots', '<a/><b/>', 'malformed'],
    ['text outside the root', 'junk<a/>', 'malformed'],
    ['an unquoted attribute', '<a b=c/>', 'malformed'],
  ])('refuses %s', (_label, xml, kind) => {
    let error: unknown;
    try {
      events([xml]);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(XmlError);
    expect((error as XmlError).kind).toBe(kind);
  });

  it('throws nothing but XmlError on any input', () => {
    const pieces = fc.constantFrom(
      '<',
      '>',
      '/',
      '!',
      '?',
      '&',
      ';',
      '#',
      'x',
      '"',
      "'",
      '=',
      ' ',
      'a',
      ':',
      '-',
      '[',
      ']',
      'CDATA',
      'DOCTYPE',
      '&#x41;',
      '&amp;',
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 60 }), fc.nat({ max: 60 }), (parts, cut) => {
        const text = parts.join('');
        try {
          events([text.slice(0, cut), text.slice(cut)]);
        } catch (error) {
          expect(error).toBeInstanceOf(XmlError);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
