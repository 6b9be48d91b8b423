/**
 * Hostile and unlucky inputs, generated in code: each is a workbook an attacker could craft or a user could
 * be sent, with what the reader must make of it (grids and warnings, or a named refusal). The tests run the
 * corpus at a small scale with limits scaled down alike; the benchmark runs it at full size.
 */
import type { ReadLimits } from '../reader/limits';
import type { UnreadableCode } from '../reader/errors';
import { workbookParts, worksheet, writeZip, type PartContent } from './zipWriter';

export type Scale = 'test' | 'full';

export interface HostileCase {
  id: string;
  /** What the input is, in a few words (printed by the benchmark). */
  title: string;
  build(): Uint8Array;
  /** Limits it is read with (the defaults at full scale). */
  limits?: Partial<ReadLimits>;
  /** Grids (with this warning text somewhere, if given), or the refusal's code. */
  expect: { grids: true; warning?: string } | { refused: UnreadableCode };
}

const cell = (ref: string, value: number) => `<c r="${ref}"><v>${value}</v></c>`;
const sheet1 = (xml: PartContent, extra?: Parameters<typeof workbookParts>[1]) =>
  writeZip(workbookParts([{ name: '表1', xml }], extra));

/** Rows 1..rows of `cols` numeric cells, produced a row at a time. */
function* numericRows(rows: number, cols: number): Iterable<string> {
  const letters = Array.from({ length: cols }, (_, c) => columnName(c));
  for (let r = 1; r <= rows; r++) {
    let row = `<row r="${r}">`;
    for (let c = 0; c < cols; c++) row += cell(`${letters[c]}${r}`, (r * 31 + c * 7) % 1000);
    yield `${row}</row>`;
  }
}

function columnName(col: number): string {
  let n = col + 1;
  let name = '';
  while (n > 0) {
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
    n = Math.floor((n - 1) / 26);
  }
  return name;
}

/** Text that deflate cannot shrink much (a zip-bomb guard must not mistake it for one). */
function* variedText(chars: number): Iterable<string> {
  let seed = 12345;
  const piece = 65_536;
  for (let done = 0; done < chars; done += piece) {
    let s = '';
    for (let i = 0; i < Math.min(piece, chars - done); i++) {
      seed = (seed * 1103515245 + 12345) >>> 0;
      s += String.fromCharCode(0x4e00 + ((seed >>> 16) % 2000));
    }
    yield s;
  }
}

function cfb(streamNames: string[]): Uint8Array {
  // Header (signature, 512-byte sectors) and one directory sector of 128-byte entries, names in UTF-16LE.
  const bytes = new Uint8Array(1024);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  bytes[0x1e] = 9;
  ['Root Entry', ...streamNames].forEach((name, i) => {
    const at = 512 + i * 128;
    for (let k = 0; k < name.length; k++) bytes[at + k * 2] = name.charCodeAt(k);
    bytes[at + 64] = (name.length + 1) * 2;
  });
  return bytes;
}

export function hostileCorpus(scale: Scale): HostileCase[] {
  const full = scale === 'full';
  const MB = 1_048_576;
  const merges = full ? 100_000 : 20_000;
  const cellCap = full ? undefined : { maxCellsPerSheet: 200_000 };
  const bigRows = full ? 500_000 : 20_000;
  return [
    {
      id: 'merges-100k',
      title: `${merges.toLocaleString('en-US')} merged areas`,
      build: () =>
        sheet1(
          worksheet(
            numericRows(merges, 2),
            `<mergeCells count="${merges}">${Array.from({ length: merges }, (_, i) => `<mergeCell ref="A${i + 1}:B${i + 1}"/>`).join('')}</mergeCells>`,
          ),
        ),
      expect: { grids: true },
    },
    {
      id: 'whole-sheet-merge',
      title: 'one merge A1:XFD1048576',
      build: () =>
        sheet1(
          worksheet(
            `<row r="1">${cell('A1', 1)}</row>`,
            '<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>',
          ),
        ),
      expect: { grids: true },
    },
    {
      id: 'cells-10m',
      title: `${((bigRows * 20) / 1e6).toFixed(1)} M cells in one sheet (past the cell cap)`,
      build: () => sheet1(worksheet(numericRows(bigRows, 20))),
      limits: full ? undefined : { maxCellsPerSheet: 100_000 },
      expect: { grids: true, warning: '工作表单元格过多' },
    },
    {
      id: 'part-past-cap',
      title: 'sheet XML inflating past the per-entry cap',
      // Unstyled empty cells count toward no cell cap: only the entry cap stops them.
      build: () =>
        sheet1(
          worksheet(
            (function* () {
              const rows = full ? 4_000_000 : 200_000;
              for (let r = 1; r <= rows; r++) yield `<row r="${r}"><c r="A${r}"/><c r="B${r}"/></row>`;
            })(),
          ),
        ),
      limits: full ? { maxEntryBytes: 64 * MB } : { maxEntryBytes: 2 * MB },
      expect: { grids: true, warning: '解压后超过' },
    },
    {
      id: 'zip-bomb',
      title: 'zip bomb (a sheet of spaces, ≈ 1000 : 1)',
      build: () =>
        sheet1(
          worksheet(
            (function* () {
              const spaces = ' '.repeat(MB);
              for (let i = 0; i < (full ? 256 : 40); i++) yield spaces;
            })(),
          ),
        ),
      expect: { grids: true, warning: '压缩炸弹' },
    },
    {
      id: 'not-workbook',
      title: 'a zip that is not a workbook',
      build: () => writeZip({ 'readme.txt': 'hello', 'data/a.csv': 'a,b\n1,2\n' }),
      expect: { refused: 'not-workbook' },
    },
    {
      id: 'no-sheets',
      title: 'a workbook with 0 sheets',
      build: () => writeZip(workbookParts([])),
      expect: { refused: 'no-sheets' },
    },
    {
      id: 'charts-only',
      title: 'only chart sheets',
      build: () => writeZip(workbookParts([{ name: '图表1' }, { name: '图表2' }])),
      expect: { refused: 'charts-only' },
    },
    {
      id: 'encrypted',
      title: 'password-protected workbook (CFB with EncryptionInfo)',
      build: () => cfb(['EncryptionInfo', 'EncryptedPackage']),
      expect: { refused: 'encrypted' },
    },
    {
      id: 'xls',
      title: 'a .xls (CFB with a Workbook stream)',
      build: () => cfb(['Workbook']),
      expect: { refused: 'legacy-xls' },
    },
    {
      id: 'truncated',
      title: 'a workbook cut in half',
      build: () => {
        const whole = sheet1(worksheet(numericRows(2000, 10)));
        return whole.subarray(0, whole.length >> 1);
      },
      expect: { refused: 'truncated' },
    },
    {
      id: 'xxe',
      title: 'XXE (external entity in a DOCTYPE)',
      build: () =>
        sheet1(
          `<?xml version="1.0"?><!DOCTYPE worksheet [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&xxe;</t></is></c></row></sheetData></worksheet>`,
        ),
      expect: { refused: 'doctype' },
    },
    {
      id: 'billion-laughs',
      title: 'billion laughs (nested entities)',
      build: () => {
        let dtd = '<!ENTITY l0 "ha">';
        for (let i = 1; i <= 9; i++) dtd += `<!ENTITY l${i} "${`&l${i - 1};`.repeat(10)}">`;
        return writeZip({
          ...workbookParts([{ name: '表1', xml: '' }]),
          'xl/workbook.xml': `<?xml version="1.0"?><!DOCTYPE workbook [${dtd}]><workbook><sheets><sheet name="&l9;" sheetId="1"/></sheets></workbook>`,
        });
      },
      expect: { refused: 'doctype' },
    },
    {
      id: 'malformed-xml',
      title: 'malformed sheet XML (mismatched tags)',
      build: () => sheet1(worksheet(`<row r="1">${cell('A1', 5)}</row><row r="2"><c r="A2"><v>6</c></row>`)),
      expect: { grids: true, warning: 'XML 格式有误' },
    },
    {
      id: 'string-50mb',
      title: `a ${full ? 50 : 4} MB string cell`,
      build: () =>
        sheet1(
          worksheet(
            (function* () {
              yield '<row r="1"><c r="A1" t="inlineStr"><is><t>';
              yield* variedText((full ? 50 : 4) * MB);
              yield '</t></is></c></row>';
            })(),
          ),
        ),
      expect: { grids: true },
    },
    {
      id: 'namespace-prefixes',
      title: 'namespace-prefixed XML (x:c, x:row…)',
      build: () =>
        writeZip({
          ...workbookParts([{ name: '表1', xml: '' }]),
          'xl/workbook.xml':
            '<x:workbook xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:rel="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><x:sheets><x:sheet name="表1" sheetId="1" rel:id="rId1"/></x:sheets></x:workbook>',
          'xl/worksheets/sheet1.xml':
            '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>收入</x:t></x:is></x:c><x:c r="B1"><x:v>12.5</x:v></x:c></x:row></x:sheetData></x:worksheet>',
        }),
      expect: { grids: true },
    },
    {
      id: 'x-escapes',
      title: '_x000D_ escapes and numeric entities in shared strings',
      build: () =>
        sheet1(worksheet('<row r="1"><c r="A1" t="s"><v>0</v></c></row>'), {
          sharedStrings:
            '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>合计_x000D_&#x4E00;&#19968;_x005F_x0041_</t></si></sst>',
        }),
      expect: { grids: true },
    },
    {
      id: 'strict-ooxml',
      title: 'Strict OOXML namespaces',
      build: () =>
        sheet1(worksheet(`<row r="1">${cell('A1', 7)}</row>`), {
          relTypes: 'http://purl.oclc.org/ooxml/officeDocument/relationships/',
        }),
      expect: { grids: true },
    },
    {
      id: 'overlapping-merges',
      title: `${(full ? 20_000 : 2_000).toLocaleString('en-US')} merges over the same area`,
      build: () => {
        const n = full ? 20_000 : 2_000;
        const refs = Array.from({ length: n }, () => '<mergeCell ref="A1:T500"/>').join('');
        return sheet1(worksheet(numericRows(500, 20), `<mergeCells count="${n}">${refs}</mergeCells>`));
      },
      expect: { grids: true, warning: '合并单元格相互重叠' },
    },
    {
      id: 'sparse-corners',
      title: 'cells at A1 and XFD1048576 only',
      build: () =>
        sheet1(worksheet(`<row r="1">${cell('A1', 1)}</row><row r="1048576">${cell('XFD1048576', 2)}</row>`)),
      limits: cellCap,
      expect: { grids: true, warning: '工作表' },
    },
    {
      id: 'shared-strings-flood',
      title: 'a shared-string table past its cap',
      build: () =>
        sheet1(worksheet('<row r="1"><c r="A1" t="s"><v>0</v></c></row>'), {
          sharedStrings: (function* () {
            yield '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">';
            const n = full ? 6_000_000 : 60_000;
            for (let i = 0; i < n; i += 1000) {
              let s = '';
              for (let k = i; k < i + 1000; k++) s += `<si><t>${k}</t></si>`;
              yield s;
            }
            yield '</sst>';
          })(),
        }),
      limits: full ? undefined : { maxSharedStrings: 50_000 },
      expect: { grids: true, warning: '共享字符串表过大' },
    },
    {
      id: 'long-tag',
      title: 'a 4 MB attribute',
      build: () => sheet1(worksheet(`<row r="1" x="${'a'.repeat(4 * MB)}">${cell('A1', 1)}</row>`)),
      expect: { grids: true, warning: 'XML 格式有误' },
    },
    {
      id: 'deep-nesting',
      title: 'elements nested 1,000,000 deep',
      build: () =>
        sheet1(
          worksheet(
            (function* () {
              yield `<row r="1">${cell('A1', 1)}</row>`;
              for (let i = 0; i < 1000; i++) yield '<x>'.repeat(1000);
              for (let i = 0; i < 1000; i++) yield '</x>'.repeat(1000);
            })(),
          ),
        ),
      expect: { grids: true },
    },
    {
      id: 'bad-references',
      title: 'cell and merge references out of range, rows out of order',
      build: () =>
        sheet1(
          worksheet(
            `<row r="3">${cell('A3', 3)}</row><row r="1">${cell('A1', 1)}<c r="ZZZZ1"><v>9</v></c></row><row r="9999999">${cell('A9999999', 1)}</row>`,
            '<mergeCells><mergeCell ref="A1:ZZZZ9"/><mergeCell ref="nonsense"/></mergeCells>',
          ),
        ),
      expect: { grids: true, warning: '损坏' },
    },
  ];
}
