/**
 * The package's map: which part is the workbook, its sheets in order (name, state, part), and where the
 * shared strings and styles live — by relationship, as Excel resolves them, Transitional or Strict alike.
 */
import { readerStrings } from '../../strings/reader';
import type { SheetVisibility } from '../../core/grid/types';
import { UnreadableWorkbookError } from './errors';
import { readPart, type PartEnd } from './part';
import type { Attrs, XmlHandler } from './xml';
import type { InflateBudget, Zip } from './zip';

export interface SheetEntry {
  name: string;
  visibility: SheetVisibility;
  /** The worksheet part, or undefined when the relationship is missing. */
  part: string | undefined;
}

export interface WorkbookMap {
  sheets: SheetEntry[];
  charts: number;
  date1904: boolean;
  sharedStrings: string | undefined;
  styles: string | undefined;
}

interface Relationship {
  type: string;
  target: string;
}

export function readWorkbookMap(zip: Zip, budget: InflateBudget): WorkbookMap {
  const U = readerStrings.unreadable;
  const root = relationships(zip, '', budget);
  const office = [...root.values()].find((r) => r.type.endsWith('/officeDocument'));
  const workbookPart = office?.target ?? 'xl/workbook.xml';
  if (!zip.entry(workbookPart)) throw new UnreadableWorkbookError('not-workbook', U.notWorkbook);

  const sheets: { name: string; state?: string; id?: string }[] = [];
  let date1904 = false;
  const end = collect(zip, workbookPart, budget, (name, attrs) => {
    if (name === 'sheet')
      sheets.push({ name: attrs.get('name') ?? '', state: attrs.get('state'), id: attrs.get('id') });
    else if (name === 'workbookPr') date1904 = ['1', 'true'].includes(attrs.get('date1904') ?? '');
  });
  if (end === 'malformed') throw new UnreadableWorkbookError('malformed', U.workbookMalformed);
  if (end !== 'complete') throw new UnreadableWorkbookError('corrupt', U.corrupt);

  const rels = relationships(zip, workbookPart, budget);
  const byType = (suffix: string) => [...rels.values()].find((r) => r.type.endsWith(suffix))?.target;
  const result: WorkbookMap = {
    sheets: [],
    charts: 0,
    date1904,
    sharedStrings: byType('/sharedStrings'),
    styles: byType('/styles'),
  };
  for (const sheet of sheets) {
    const rel = sheet.id === undefined ? undefined : rels.get(sheet.id);
    if (rel?.type.endsWith('/chartsheet')) result.charts++;
    // Dialog and macro sheets hold no table data; a sheet without a relationship is read as empty.
    else if (!rel || rel.type.endsWith('/worksheet'))
      result.sheets.push({ name: sheet.name, visibility: visibilityOf(sheet.state), part: rel?.target });
  }
  if (result.sheets.length === 0) {
    if (result.charts > 0) throw new UnreadableWorkbookError('charts-only', U.chartsOnly(result.charts));
    throw new UnreadableWorkbookError('no-sheets', U.noSheets);
  }
  return result;
}

function visibilityOf(state: string | undefined): SheetVisibility {
  return state === 'hidden' || state === 'veryHidden' ? state : 'visible';
}

/** The relationships of `part` ("" for the package), targets resolved to zip entry names. */
function relationships(zip: Zip, part: string, budget: InflateBudget): Map<string, Relationship> {
  const slash = part.lastIndexOf('/');
  const dir = part.slice(0, slash + 1);
  const relsName = `${dir}_rels/${part.slice(slash + 1)}.rels`;
  const rels = new Map<string, Relationship>();
  collect(zip, relsName, budget, (name, attrs) => {
    const id = attrs.get('Id');
    const target = attrs.get('Target');
    if (name !== 'Relationship' || attrs.get('TargetMode') === 'External' || !id || !target) return;
    rels.set(id, { type: attrs.get('Type') ?? '', target: resolveTarget(dir, target) });
  });
  return rels;
}

export function resolveTarget(dir: string, target: string): string {
  const segments = (target.startsWith('/') ? target.slice(1) : dir + target).split('/');
  const out: string[] = [];
  for (const segment of segments) {
    if (segment === '..') out.pop();
    else if (segment !== '.' && segment !== '') out.push(segment);
  }
  return out.join('/');
}

/** Every element's attributes, in order, to `visit`; no text is kept. */
function collect(zip: Zip, name: string, budget: InflateBudget, visit: (name: string, attrs: Attrs) => void): PartEnd {
  const handler: XmlHandler = { capturing: false, open: visit, close: () => undefined, text: () => undefined };
  return readPart(zip, name, budget, handler);
}
