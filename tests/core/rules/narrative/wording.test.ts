import type { SheetGrid } from '../../../../src/core/grid/types';
import { wording } from '../../../../src/core/rules/narrative/wording';
import { loadPingxiang } from '../../helpers/fixtures';
import { edit } from '../../helpers/mutate';
import { findingsOf } from '../../helpers/run';

let pingxiang: SheetGrid[];
beforeAll(async () => {
  pingxiang = await loadPingxiang();
});

const say = (text: string) => findingsOf(edit(pingxiang, '情况说明', { A32: text }), wording);

describe('narrative/wording', () => {
  it('is quiet on pingxiang', () => {
    expect(findingsOf(pingxiang, wording)).toEqual([]);
  });

  it.each([
    '“三公”经费与上年持平。',
    '三、比上年增减变化情况',
    '收入比上年增加或减少的原因如下。',
    '支出比上年增加20万元，增长10%。',
    '人员增加，增加了工资支出。',
  ])('is quiet on "%s"', (text) => {
    expect(say(text)).toEqual([]);
  });

  it.each([
    ['增加增加', '2023年收入预算比上年增加增加20万元。', '用词重复'],
    ['增加持平', '“三公”经费与上年增加持平。', '前后矛盾'],
    ['减少增长', '项目支出比上年减少增长5万元。', '前后矛盾'],
    ['增长了增长', '基本支出增长了增长3%。', '用词重复'],
  ])('%s', (words, text, says) => {
    const findings = say(text);
    expect(findings).toEqual([
      expect.objectContaining({ sheet: '情况说明', cell: 'A32', severity: 'warning', actual: words }),
    ]);
    expect(findings[0].message).toContain(says);
  });
});
