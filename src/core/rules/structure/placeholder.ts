/** structure/placeholder: template leftovers (XX, ××, 待填写, 请输入, 某某) in any recognized table. */
import { toA1 } from '../../grid/address';
import { valueAt } from '../../grid/access';
import { SHAPES } from '../../tables/shapes';
import { defineRule } from '../types';

/** Placeholder marks left by templates; doubled marks so a single × (乘号) or X stays legitimate. */
const PLACEHOLDER_RE =
  /[XＸ]{2,}|[xｘ]{2,}|×{2,}|＊{2,}|\*{2,}|待填写?|待补充|请输入|请填写|请选择|此处填写|某某|（单位名称）|\(单位名称\)/;

export const placeholder = defineRule({
  id: 'structure/placeholder',
  severity: 'error',
  title: '存在未替换的模板占位内容',
  docs: '表格中残留“XX”“××”“待填写”“请输入”“某某”等模板占位内容，说明表格未填写完整或模板说明未删除，公开前必须替换为实际内容或删除。例如“XX单位2023年部门预算”“项目名称：请输入”。本规则检查所有已识别表格区域内的单元格。',
  appliesTo: SHAPES,
  check({ table, workbook, report }) {
    const grid = workbook.gridOf(table.sheet);
    if (!grid) return;
    const { top, left, bottom, right } = table.region.range;
    for (let row = top; row <= bottom; row++)
      for (let col = left; col <= right; col++) {
        const value = valueAt(grid, row, col);
        if (typeof value !== 'string') continue;
        const match = PLACEHOLDER_RE.exec(value);
        if (!match) continue;
        report({
          sheet: table.sheet,
          cell: toA1(row, col),
          message: `单元格内容“${value.trim().slice(0, 40)}”含模板占位内容“${match[0]}”，应替换为实际内容`,
          actual: value.trim(),
        });
      }
  },
});
