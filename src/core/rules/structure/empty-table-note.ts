/** structure/empty-table-note: a table without amounts says so (无数据 / 空表列示). */
import { toA1 } from '../../grid/address';
import { labelKey } from '../../parse/normalize';
import { KIND_LABELS } from '../../tables/kinds';
import { MONEY_SHAPES } from '../../tables/shapes';
import { defineRule } from '../types';

const EMPTY_NOTE_RE = /无数据|空表|本表无|此表无|无[^，。,.]{0,30}(预算|情况|经费|支出|收入|数据)|为空|为零|为0/;

export const emptyTableNote = defineRule({
  id: 'structure/empty-table-note',
  severity: 'warning',
  title: '空表未注明原因',
  docs: '没有数据的公开表格应保留表样并加注说明，例如“注：本单位无政府性基金预算财政拨款预算，空表列示。”或在标题后注明“（无数据）”，以免读者以为漏填。本规则对没有任何金额的预算表，检查标题和表下注释中是否有“无数据”“空表列示”“本表无数据”等说明。',
  appliesTo: MONEY_SHAPES,
  check({ table, report }) {
    if (table.hasAmounts) return;
    const texts = [table.region.title.value, ...table.notes.map((n) => n.text)];
    if (texts.some((t) => EMPTY_NOTE_RE.test(labelKey(t)))) return;
    report({
      sheet: table.sheet,
      cell: toA1(table.region.title.row, table.region.title.col),
      message: `“${KIND_LABELS[table.kind]}”没有数据，应在表下注明“本表无数据”或“空表列示”及原因`,
      expected: '注：……（原因），空表列示。',
    });
  },
});
