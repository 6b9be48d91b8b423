/** narrative/wording: a 情况说明 must not double or contradict its change words ("增加增加", "增加持平"). */
import { toA1 } from '../../grid/address';
import { wordingSlips } from '../../narrative/wording';
import { defineRule } from '../types';

export const wording = defineRule({
  id: 'narrative/wording',
  severity: 'warning',
  title: '情况说明中的增减用词重复或矛盾',
  docs:
    '情况说明中两个表示增减的词紧挨在一起时提示：重复（“增加增加”“减少减少”）多为编辑残留；矛盾（“与上年增加持平”' +
    '“减少增长”“增加减少”）使读者无法判断是增是减，应按实际数字保留一个。“增减变化”“增加或减少”等正常说法不提示。',
  appliesTo: ['narrative'],
  check({ table, report }) {
    for (const paragraph of table.paragraphs)
      for (const slip of wordingSlips(paragraph.text))
        report({
          sheet: table.sheet,
          cell: toA1(paragraph.row, paragraph.col),
          message:
            slip.kind === 'doubled'
              ? `情况说明中“${slip.words}”用词重复，应删去其一。`
              : `情况说明中“${slip.words}”前后矛盾（既写增减又写持平，或增减方向相反），应按实际数字只保留一个。`,
          actual: slip.words,
        });
  },
});
