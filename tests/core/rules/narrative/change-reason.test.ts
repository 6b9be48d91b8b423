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
});
