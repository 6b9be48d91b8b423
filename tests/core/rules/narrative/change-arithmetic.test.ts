import type { SheetGrid } from '../../../../src/core/grid/types';
import { changeArithmetic } from '../../../../src/core/rules/narrative/change-arithmetic';
import { loadPingxiang } from '../../helpers/fixtures';
import { edit } from '../../helpers/mutate';
import { findingsOf } from '../../helpers/run';

let pingxiang: SheetGrid[];
beforeAll(async () => {
  pingxiang = await loadPingxiang();
});

const say = (text: string) => findingsOf(edit(pingxiang, '情况说明', { A32: text }), changeArithmetic);

describe('narrative/change-arithmetic', () => {
  it('is quiet on pingxiang', () => {
    expect(findingsOf(pingxiang, changeArithmetic)).toEqual([]);
  });

  it.each([
    ['a change and its rate', '2023年收入预算3518.85万元，比上年增加200万元，增长6.0%。'],
    ['both years stated', '2023年支出预算3518.85万元，上年为3318.85万元，比上年增加200万元，增长6.03%。'],
    ['a decrease', '2023年“三公”经费预算4.5万元，比上年减少0.5万元，下降10%。'],
    [
      'parts that add up',
      '2023年收入预算3518.85万元，比上年增加200万元。其中：一般公共预算拨款收入3000万元，比上年增加170万元；政府性基金收入518.85万元，比上年增加30万元。',
    ],
    [
      '财政拨款 standing for its sources',
      '2023年收入预算3518.85万元，比上年增加200万元，其中：财政拨款收入3000万元，比上年增加150万元；事业收入518.85万元，比上年增加50万元。',
    ],
    ['no change stated', '2023年收入预算3518.85万元，其中一般公共预算拨款收入3000万元。'],
  ])('%s: quiet', (_, text) => {
    expect(say(text)).toEqual([]);
  });

  it('the parts’ changes do not add up to the whole’s', () => {
    const findings = say(
      '2023年收入预算3518.85万元，比上年增加200万元。其中：一般公共预算拨款收入3000万元，比上年增加150万元；政府性基金收入518.85万元，比上年增加30万元。',
    );
    expect(findings).toEqual([
      expect.objectContaining({ sheet: '情况说明', cell: 'A32', expected: '180.00', actual: '200.00' }),
    ]);
    expect(findings[0].message).toContain('合计为增加 180.00 万元');
  });

  it('a part that decreased counts negative', () => {
    const text =
      '2023年支出预算300万元，比上年增加20万元，其中：基本支出200万元，比上年增加30万元；项目支出100万元，比上年减少10万元。';
    expect(say(text)).toEqual([]);
    expect(say(text.replace('减少10万元', '增加10万元'))).toHaveLength(1);
  });

  it('增加 with a negative difference', () => {
    const findings = say('2023年支出预算100万元，上年为120万元，比上年增加20万元。');
    expect(findings).toEqual([expect.objectContaining({ expected: '减少', actual: '比上年增加' })]);
  });

  it('a change that is not the difference of the two years', () => {
    expect(say('2023年支出预算100万元，上年为80万元，比上年增加25万元。')).toEqual([
      expect.objectContaining({ expected: '20.00', actual: '25' }),
    ]);
  });

  it('持平 while the two years differ', () => {
    expect(say('2023年“三公”经费预算5万元，上年为5.5万元，与上年持平。')).toEqual([
      expect.objectContaining({ expected: '减少' }),
    ]);
  });

  it('a growth rate on a zero base', () => {
    const findings = say('2023年公务接待费预算1万元，比上年增加1万元，增长100%。');
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toContain('上年为 0');
  });

  it('a wrong rate', () => {
    expect(say('2023年收入预算3518.85万元，比上年增加200万元，增长8%。')).toEqual([
      expect.objectContaining({ expected: '6.0%', actual: '8%' }),
    ]);
  });

  it('a rate whose verb contradicts the change', () => {
    const findings = say('2023年收入预算3518.85万元，比上年增加200万元，下降6.0%。');
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toContain('方向相反');
  });
});
