/** narrative/change-reason: a year-on-year increase or decrease stated in 情况说明 should come with its reason. */
import { toA1 } from '../../grid/address';
import { LOOK_AHEAD_PARAGRAPHS, unexplainedChanges } from '../../narrative/changes';
import { defineRule } from '../types';

export const changeReason = defineRule({
  id: 'narrative/change-reason',
  severity: 'warning',
  title: '与上年相比的增减应说明原因',
  docs:
    '情况说明中写明与上年相比增加或减少（如"较2022年增加13.71万元""比上年下降5%"），但在该句及其后文、' +
    '以及其后同一主题的段落（至下一个“三、”“四、”等编号标题为止）中都没有"主要原因是""主要用于""由于"等说明时' +
    '提示——原因写在两段之后（“……增加的主要原因是……”）也算已说明。例："2023年部门预算收支安排107.54万元，' +
    '较2022年增加13.71万元。"——应补充增加的主要原因。',
  appliesTo: ['narrative'],
  check({ table, report }) {
    table.paragraphs.forEach((paragraph, i) => {
      const following = table.paragraphs.slice(i + 1, i + 1 + LOOK_AHEAD_PARAGRAPHS).map((p) => p.text);
      for (const { sentence } of unexplainedChanges(paragraph.text, following))
        report({
          sheet: table.sheet,
          cell: toA1(paragraph.row, paragraph.col),
          message: `情况说明写明了与上年相比的增减（“${sentence}”），但未说明增减原因，建议补充“主要原因是……”。`,
        });
    });
  },
});
