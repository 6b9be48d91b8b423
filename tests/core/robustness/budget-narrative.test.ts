/**
 * The 情况说明 against the tables when the two are written differently: amounts in 元 against 万元
 * tables and back, full-width digits, “三公” with or without quotes — matching figures stay quiet,
 * a wrong figure is still caught.
 */
import { narrativeRules } from '../../../src/core/rules/narrative';
import { amountMismatch } from '../../../src/core/rules/narrative/amount-mismatch';
import { loadPingxiang } from '../helpers/fixtures';
import { edit, wanToYuan } from '../helpers/mutate';
import { findingsOf } from '../helpers/run';

const NARRATIVE = '情况说明';
/** Pingxiang's income paragraph (A28) with its wrong 95.54 / 18 replaced by the tables' figures. */
const INCOME_OK = '2023年预算收入107.54万元，其中：一般公共预算收入107.54万元，上年结转0万元。';

const mismatches = (findings: { ruleId: string; cell: string }[]) =>
  findings.filter((f) => f.ruleId === 'narrative/amount-mismatch').map((f) => f.cell);

describe('情况说明 against tables written differently', () => {
  it.each([
    ['元 text against 万元 tables', '2023年预算收入1,075,400.00元，其中：一般公共预算收入1075400元。', false],
    ['full-width digits', '２０２３年预算收入１０７．５４万元，其中：一般公共预算收入１０７．５４万元。', false],
    ['万元 text against 元 tables', INCOME_OK, true],
  ])('%s: matching figures raise nothing', async (_, text, inYuan) => {
    const grids = await loadPingxiang();
    const workbook = inYuan ? grids.map((g) => wanToYuan(g, 'C6:M60')) : grids;
    expect(mismatches(findingsOf(edit(workbook, NARRATIVE, { A28: text }), narrativeRules))).toEqual([]);
  });

  it('a wrong 基本支出 in 元 against 元 tables is caught with both figures in 元', async () => {
    const grids = (await loadPingxiang()).map((g) => wanToYuan(g, 'C6:M60'));
    const findings = findingsOf(
      edit(grids, NARRATIVE, {
        A28: INCOME_OK,
        A30: '2023年部门支出预算为1075400元，其中基本支出774500元，项目支出300000元。',
      }),
      [amountMismatch],
    );
    expect(findings.map((f) => f.cell)).toEqual(['A30']);
    expect(findings[0].message).toContain('基本支出 774500 元，但 3支出总表!E6 为 775400.00 元');
  });

  it.each(['财政拨款"三公"经费预算安排5万元', '财政拨款三公经费预算安排5万元', '财政拨款“三公”经费预算安排5万元'])(
    '"%s" is compared with the (empty) 三公 table',
    async (claim) => {
      const grids = edit(await loadPingxiang(), NARRATIVE, { A28: INCOME_OK, A36: `2023年我部门${claim}。` });
      expect(mismatches(findingsOf(grids, [amountMismatch]))).toEqual(['A36']);
    },
  );
});
