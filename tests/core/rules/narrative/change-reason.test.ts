import type { SheetGrid } from '../../../../src/core/grid/types';
import { changeReason } from '../../../../src/core/rules/narrative/change-reason';
import { loadPingxiang } from '../../helpers/fixtures';
import { findingsOf } from '../../helpers/run';
import { edit } from '../../helpers/mutate';

let pingxiang: SheetGrid[];
beforeAll(async () => {
  pingxiang = await loadPingxiang();
});

describe('narrative/change-reason', () => {
  it('warns on pingxiang 情况说明!A32, an increase without its reason', () => {
    const findings = findingsOf(pingxiang, changeReason);
    expect(findings).toEqual([expect.objectContaining({ sheet: '情况说明', cell: 'A32', severity: 'warning' })]);
    expect(findings[0].message).toContain('较2022年增加13.71万元');
  });

  it('is quiet once the reason is given', () => {
    const explained = edit(pingxiang, '情况说明', {
      A32: '2023年部门预算收支安排107.54万元，较2022年增加13.71万元，主要原因是新增网络舆情服务项目。',
    });
    expect(findingsOf(explained, changeReason)).toEqual([]);
  });

  it('is quiet when the reason comes two paragraphs later on the same topic', () => {
    const later = edit(pingxiang, '情况说明', {
      A30: '2023年部门支出预算为107.54万元，较2022年增加13.71万元。',
      A31: '3、比上年增减情况',
      A32: '支出增加的主要原因是新增网络舆情服务项目。',
    });
    expect(findingsOf(later, changeReason)).toEqual([]);
    const otherTopic = edit(later, '情况说明', { A32: '“三公”经费减少的主要原因是压减公务接待。' });
    expect(findingsOf(otherTopic, changeReason).map((f) => f.cell)).toEqual(['A30']);
  });
});
