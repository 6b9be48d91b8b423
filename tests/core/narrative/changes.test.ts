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
    expect(unexplainedChanges(text, next)).toEqual([]);
  });

  it('does not read 因公出国 as a reason', () => {
    expect(unexplainedChanges('因公出国（境）费比上年减少2万元。')).toHaveLength(1);
  });
});
