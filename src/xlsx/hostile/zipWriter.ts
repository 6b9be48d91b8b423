/** Writes .xlsx packages part by part (fflate's streaming zip), so a huge generated part never exists uncompressed. */
import { Zip, ZipDeflate, ZipPassThrough, strToU8 } from 'fflate';

/** A part's content: text, bytes, or text chunks produced one at a time. */
export type PartContent = string | Uint8Array | Iterable<string>;

export function writeZip(parts: Record<string, PartContent>, level: 0 | 1 | 6 | 9 = 1): Uint8Array {
  const chunks: Uint8Array[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    chunks.push(chunk);
  });
  for (const [name, content] of Object.entries(parts)) {
    const file = level === 0 ? new ZipPassThrough(name) : new ZipDeflate(name, { level });
    zip.add(file);
    if (typeof content === 'string') file.push(strToU8(content), true);
    else if (content instanceof Uint8Array) file.push(content, true);
    else {
      for (const piece of content) file.push(strToU8(piece));
      file.push(new Uint8Array(0), true);
    }
  }
  zip.end();
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';

export interface SheetSpec {
  name: string;
  /** The worksheet part; undefined for a chart sheet. */
  xml?: PartContent;
  state?: 'hidden' | 'veryHidden';
}

/** A minimal workbook package: the parts a reader needs, nothing Excel would add beyond them. */
export function workbookParts(
  sheets: SheetSpec[],
  extra: { sharedStrings?: PartContent; styles?: PartContent; relTypes?: string } = {},
): Record<string, PartContent> {
  const relBase = extra.relTypes ?? `${REL}/`;
  const parts: Record<string, PartContent> = {
    '_rels/.rels': `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${relBase}officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets>${sheets
      .map(
        (s, i) =>
          `<sheet name="${s.name}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ''} r:id="rId${i + 1}"/>`,
      )
      .join('')}</sheets></workbook>`,
  };
  const rels = sheets.map((s, i) =>
    s.xml === undefined
      ? `<Relationship Id="rId${i + 1}" Type="${relBase}chartsheet" Target="chartsheets/sheet${i + 1}.xml"/>`
      : `<Relationship Id="rId${i + 1}" Type="${relBase}worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
  );
  if (extra.sharedStrings !== undefined) {
    rels.push(`<Relationship Id="rIdS" Type="${relBase}sharedStrings" Target="sharedStrings.xml"/>`);
    parts['xl/sharedStrings.xml'] = extra.sharedStrings;
  }
  if (extra.styles !== undefined) {
    rels.push(`<Relationship Id="rIdT" Type="${relBase}styles" Target="styles.xml"/>`);
    parts['xl/styles.xml'] = extra.styles;
  }
  parts['xl/_rels/workbook.xml.rels'] =
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG}">${rels.join('')}</Relationships>`;
  sheets.forEach((s, i) => {
    parts[s.xml === undefined ? `xl/chartsheets/sheet${i + 1}.xml` : `xl/worksheets/sheet${i + 1}.xml`] =
      s.xml ?? `<chartsheet xmlns="${MAIN}"/>`;
  });
  return parts;
}

/** A worksheet part around `sheetData` content (and what follows it: mergeCells, sheetProtection…). */
export function worksheet(rows: PartContent, after = ''): Iterable<string> {
  return (function* () {
    yield `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetData>`;
    if (typeof rows === 'string') yield rows;
    else if (rows instanceof Uint8Array) throw new Error('rows as text');
    else yield* rows;
    yield `</sheetData>${after}</worksheet>`;
  })();
}
