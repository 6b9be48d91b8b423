/** What the indicator/* rules share: the shapes they check, row predicates, cell addresses, names in messages. */
import { toA1 } from '../../grid/address';
import type { CellPos, IndicatorRow } from '../../tables/performance/model';
import { LEVEL2_LABELS } from '../../tables/performance/taxonomy';

/** Words of a target that names a direction but no figure ("有效提升"); vague-value reports them. */
export const VAGUE_RE = /提升|提高|有效|合理|降低|及时|显著|明显|增强|改善|加强|良好|稳步|进一步|大幅|较好/;

export { INDICATOR_SHAPES } from '../../tables/shapes';

export function a1(pos: CellPos): string {
  return toA1(pos.row, pos.col);
}

/** A row someone started to fill: a name, a "指标N:" prefix, a description or a value. */
export function isStarted(row: IndicatorRow): boolean {
  return row.name !== '' || row.numbers.length > 0 || Boolean(row.description?.text) || row.value.kind !== 'empty';
}

/** A row that states an indicator: it has a value. */
export function hasValue(row: IndicatorRow): boolean {
  return row.value.kind !== 'empty';
}

/** The indicator as a user finds it in the sheet: its name, else its description, else its numbering. */
export function indicatorName(row: IndicatorRow): string {
  if (row.name) return row.name;
  if (row.description?.text) return row.description.text;
  return row.numbers.length ? row.numbers.map((n) => `指标${n}`).join('、') : `第${row.row + 1}行`;
}

/** Name and description together: where words such as 年限 or 满意度 may be written. */
export function indicatorWords(row: IndicatorRow): string {
  return `${row.name} ${row.description?.text ?? ''}`;
}

/** The category of a row, by its 二级. */
export function rowCategoryName(row: IndicatorRow): string {
  if (row.level2?.id) return LEVEL2_LABELS[row.level2.id];
  return row.level2?.text ?? '';
}
