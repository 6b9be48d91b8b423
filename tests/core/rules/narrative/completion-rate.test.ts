import type { SheetGrid } from '../../../../src/core/grid/types';
import { completionRate } from '../../../../src/core/rules/narrative/completion-rate';
import { loadPingxiang } from '../../helpers/fixtures';
import { edit } from '../../helpers/mutate';
import { findingsOf } from '../../helpers/run';

let pingxiang: SheetGrid[];
beforeAll(async () => {
  pingxiang = await loadPingxiang();
});

const say = (text: string) => findingsOf(edit(pingxiang, '情况说明', { A32: text }), completionRate);

/** A 决算 情况说明's itemized line, as 部门决算 publish them. */
const ITEM =
  '1.一般公共服务支出（类）网信事务（款）行政运行（项）。年初预算为60万元，支出决算为61.04万元，完成年初预算的101.73%。决算数大于年初预算数的主要原因是人员调入。';

describe('narrative/completion-rate', () => {
  it('is quiet on pingxiang (a budget) and on right figures', () => {
    expect(findingsOf(pingxiang, completionRate)).toEqual([]);
    expect(say(ITEM)).toEqual([]);
    expect(say('“三公”经费支出年初预算为5万元，支出决算为4.5万元，完成年初预算的90%，决算数小于年初预算数。')).toEqual(
      [],
    );
    expect(say('机关运行经费年初预算为4.74万元，决算为4.74万元，完成年初预算的100%。')).toEqual([]);
  });

  it('a completion rate that is not 决算 ÷ 预算', () => {
    expect(say(ITEM.replace('101.73%', '98.27%'))).toEqual([
      expect.objectContaining({ cell: 'A32', expected: '101.73%', actual: '98.27%' }),
    ]);
  });

  it('决算数大于年初预算数 while the 决算 is smaller', () => {
    const findings = say(
      ITEM.replace('支出决算为61.04万元，完成年初预算的101.73%', '支出决算为58万元，完成年初预算的96.67%'),
    );
    expect(findings).toEqual([expect.objectContaining({ expected: '小于', actual: '大于' })]);
  });

  it('a completion rate on a zero 年初预算', () => {
    const findings = say('公务接待费年初预算为0万元，支出决算为0.5万元，完成年初预算的100%。');
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toContain('年初预算为 0');
  });
});
