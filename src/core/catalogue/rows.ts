/**
 * Reads catalogue rows (from csv text or a sheet) into a CodeCatalogue: the first cell holds the
 * code, the second its name ("2013701" | "行政运行", or "2013701 行政运行" in one cell); a header row
 * and heading lines are skipped; every line that cannot be read becomes a zh-CN warning.
 */
import type { CellValue } from '../grid/types';
import { toHalfWidth } from '../parse/normalize';
import { catalogueNameKey } from './names';
import type { CatalogueResult, CodeCatalogue } from './types';

/** One row and how a warning names it ("第 3 行", "工作表“科目”第 3 行"). */
export interface CatalogueRow {
  cells: readonly CellValue[];
  where: string;
}

/** Warnings listed one by one before the rest are only counted, so a wrong file does not flood the pane. */
const MAX_LISTED_WARNINGS = 20;

/** Code and name in one cell: "2013701 行政运行", "2013701、行政运行", "301工资福利支出". */
const EMBEDDED_RE = /^(\d{3}|\d{5}|\d{7})(?:\s+|\s*[、.:\-—_]\s*)?([^\d\s].*)$/;

/** Heading lines ("一、支出功能分类科目", "科目编码,科目名称", "code,name") are skipped anywhere. */
const HEADING_RE = /分类|科目|编码|代码|名称|code|name/i;

/** Reads sections (one per csv file or sheet, each with its own header) into one catalogue. */
export function catalogueFromRows(sections: readonly (readonly CatalogueRow[])[]): CatalogueResult {
  const catalogue: CodeCatalogue = { function: new Map(), economic: new Map() };
  const warnings: string[] = [];
  for (const rows of sections) {
    let seenCode = false;
    for (const { cells, where } of rows) {
      const texts = cells.map(cellText);
      if (texts.every((t) => t === '')) continue;
      const entry = readEntry(texts);
      if (!entry) {
        // Titles and headers before the first code, and heading lines anywhere, are not data.
        if (seenCode && !HEADING_RE.test(texts[0]))
          warnings.push(`${where}无法读取：第一列应为科目编码（“${preview(texts)}”）`);
        continue;
      }
      seenCode = true;
      const problem = addEntry(catalogue, entry.code, entry.name);
      if (problem) warnings.push(`${where}${problem}`);
    }
  }
  if (catalogue.function.size + catalogue.economic.size === 0)
    warnings.push('科目目录中没有读到任何科目编码：每行应为“编码,名称”，如“2013701,行政运行”');
  return { catalogue, warnings: capped(warnings) };
}

function readEntry(texts: string[]): { code: string; name: string } | null {
  const first = toHalfWidth(texts[0]);
  const code = first.replace(/\s+/g, '');
  if (/^\d+$/.test(code)) return { code, name: texts[1] ?? '' };
  const embedded = (texts[1] ?? '') === '' ? EMBEDDED_RE.exec(first) : null;
  // toHalfWidth keeps positions, so the name is cut from the text as written (full-width brackets kept).
  return embedded ? { code: embedded[1], name: texts[0].slice(first.length - embedded[2].length).trim() } : null;
}

/** Files the code under its classification; returns why it could not, or a remark, or null. */
function addEntry(catalogue: CodeCatalogue, code: string, name: string): string | null {
  const classification = classify(code);
  if (!classification)
    return `科目编码“${code}”不是支出功能分类（2 开头的 3、5、7 位）或经济分类（3、5 开头的 3、5 位）编码，已忽略`;
  const names = catalogue[classification];
  const known = names.get(code);
  if (known !== undefined) {
    if (catalogueNameKey(known) === catalogueNameKey(name)) return null;
    return `科目编码“${code}”重复出现且名称不同（“${known}”与“${name}”），已采用前者`;
  }
  names.set(code, name);
  return name === '' ? `科目编码“${code}”缺少名称，只核对编码是否存在` : null;
}

/** The classification follows from the code itself: 功能分类 codes start with 2, 经济分类 with 3 or 5. */
function classify(code: string): keyof CodeCatalogue | null {
  if (code.length === 7) return code.startsWith('2') ? 'function' : null;
  if (code.length !== 3 && code.length !== 5) return null;
  if (code.startsWith('2')) return 'function';
  return code.startsWith('3') || code.startsWith('5') ? 'economic' : null;
}

function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined || typeof value === 'boolean') return '';
  return String(value).trim();
}

function preview(texts: string[]): string {
  const line = texts.filter((t) => t !== '').join(' ');
  return line.length > 30 ? `${line.slice(0, 30)}…` : line;
}

function capped(warnings: string[]): string[] {
  if (warnings.length <= MAX_LISTED_WARNINGS) return warnings;
  const rest = warnings.length - MAX_LISTED_WARNINGS;
  return [...warnings.slice(0, MAX_LISTED_WARNINGS), `另有 ${rest} 行科目目录无法读取或有疑问，未逐一列出`];
}
