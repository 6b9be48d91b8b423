import { unexplainedChanges } from '../../../src/core/narrative/changes';

describe('unexplainedChanges', () => {
  it.each([
    '2023年部门预算收支安排107.54万元，较2022年增加13.71万元。',
    '“三公”经费比上年减少0.5万元。',
    '基本支出同比增长10%。',
  ])('finds the unexplained change in %s', (text) => {
    expect(unexplainedChanges(text)).toHaveLength(1);
  });

  it.each<[string, string, string?]>([
    ['a reason in the sentence', '较2022年增加13.71万元，主要原因是人员增加。'],
    ['a reason in the next sentence', '较上年减少5万元。主要是项目完成。'],
    ['a reason in the next paragraph', '较上年减少5万元。', '原因：压减一般性支出。'],
    ['a purpose', '较上年增加5万元，用于网络安全设备运维。'],
    ['no change', '“三公”经费与上年持平。'],
    ['a heading', '3、比上年增减情况'],
    ['a change without a number', '比上年有所增加。'],
  ])('is quiet on %s', (...[, text, next]) => {
    expect(unexplainedChanges(text, next ? [next] : [])).toEqual([]);
  });

  it('does not read 因公出国 as a reason', () => {
    expect(unexplainedChanges('因公出国（境）费比上年减少2万元。')).toHaveLength(1);
  });

  describe('the reason given in a following paragraph', () => {
    const change = '2026年收入预算3518.85万元，比上年增加200万元。';
    it('two paragraphs later, on the same topic', () => {
      const following = ['其中：财政拨款收入3518.85万元。', '收入增加的主要原因是新增信息化运维项目。'];
      expect(unexplainedChanges(change, following)).toEqual([]);
    });

    it('two paragraphs later, without a topic of its own', () => {
      expect(unexplainedChanges(change, ['详见附表。', '增加的主要原因是人员调入。'])).toEqual([]);
    });

    it('not when the later reason is about another topic', () => {
      const following = ['其中：财政拨款收入3518.85万元。', '“三公”经费减少的主要原因是压减公务接待。'];
      expect(unexplainedChanges(change, following)).toHaveLength(1);
    });

    it('not beyond the next numbered section', () => {
      const following = ['三、支出预算情况', '收入增加的主要原因是新增项目。'];
      expect(unexplainedChanges(change, following)).toHaveLength(1);
    });
  });
});
