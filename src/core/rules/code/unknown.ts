/** code/unknown: with a 科目目录 loaded, every code exists in it and carries the catalogue's name. */
import { catalogueNameKey } from '../../catalogue/names';
import { toA1 } from '../../grid/address';
import { defineRule } from '../types';

export const unknown = defineRule({
  id: 'code/unknown',
  severity: 'warning',
  title: '科目编码不在科目目录中或名称与目录不符',
  docs: '加载科目目录（csv 或 xlsx，每行“编码,名称”，如“2013701,行政运行”）后，本规则核对各表的功能分类、经济分类科目编码是否都在目录中，名称是否与目录一致。例如目录中没有“2013799”，或“2013701”在表中写作“一般行政管理事务”而目录为“行政运行”。目录只列到项级时，其上级类、款编码视为存在。未加载目录，或目录中没有该分类的编码时，本规则不检查。',
  appliesTo: ['code-table'],
  check({ table, workbook, report }) {
    const names = workbook.catalogue?.[table.classification];
    if (!names || names.size === 0) return;
    const ancestors = ancestorCodes(names.keys());
    const kindName = table.classification === 'economic' ? '经济分类' : '功能分类';
    for (const row of table.codeRows) {
      if (row.level === null) continue; // code/format reports malformed codes
      const listed = names.get(row.code);
      if (listed === undefined) {
        if (ancestors.has(row.code)) continue;
        report({
          sheet: table.sheet,
          cell: toA1(row.codeCell.row, row.codeCell.col),
          message: `${kindName}科目编码“${row.code}”${row.name ? `（${row.name}）` : ''}不在已加载的科目目录中，请核对编码是否填错或已停用`,
          actual: row.code,
        });
        continue;
      }
      if (!listed || !row.name || catalogueNameKey(listed) === catalogueNameKey(row.name)) continue;
      // The code may be embedded in the name cell ("2013701 行政运行"); then that cell is the one to fix.
      const cell = row.nameCell ?? row.codeCell;
      report({
        sheet: table.sheet,
        cell: toA1(cell.row, cell.col),
        message: `科目“${row.code}”在科目目录中名为“${listed}”，本表写作“${row.name}”`,
        expected: listed,
        actual: row.name,
      });
    }
  },
});

/** 类 and 款 codes implied by longer codes: a catalogue listing 2013701 vouches for 201 and 20137. */
function ancestorCodes(codes: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const code of codes) for (const digits of [3, 5]) if (code.length > digits) out.add(code.slice(0, digits));
  return out;
}
