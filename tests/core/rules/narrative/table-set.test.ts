/** A workbook holding both documents: each 情况说明 is compared with the tables of its own document. */
import { gridFromRows } from '../../../../src/core/grid/access';
import { amountMismatch } from '../../../../src/core/rules/narrative/amount-mismatch';
import { finalWorkbook } from '../../helpers/final-workbook';
import { loadPingxiang } from '../../helpers/fixtures';
import { findingsOf } from '../../helpers/run';

const narrative = (name: string, title: string, text: string) => gridFromRows(name, [[title], [text]]);

describe('the table set of a 情况说明', () => {
  it('a 预算 text reads the 预算 tables, a 决算 text the 决算 tables, in one workbook', async () => {
    const tables = [...(await loadPingxiang()).filter((g) => g.name !== '情况说明'), ...finalWorkbook()];
    const budget = narrative(
      '预算说明',
      '2023年部门预算情况说明',
      '2023年部门支出预算为107.54万元，其中基本支出77.54万元。',
    );
    const final = narrative('决算说明', '2023年度部门决算情况说明', '本年支出合计112万元，其中：基本支出72万元。');
    expect(findingsOf([...tables, budget, final], amountMismatch)).toEqual([]);
    const swapped = [
      ...tables,
      narrative('预算说明', '2023年部门预算情况说明', '2023年部门支出预算为112万元。'),
      narrative('决算说明', '2023年度部门决算情况说明', '本年支出合计107.54万元。'),
    ];
    expect(findingsOf(swapped, amountMismatch).map((f) => [f.sheet, f.expected])).toEqual([
      ['预算说明', '107.54'],
      ['决算说明', '112.00'],
    ]);
  });
});
