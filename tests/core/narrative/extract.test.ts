import { claimsOfParagraphs } from '../../../src/core/narrative/extract';

describe('claimsOfParagraphs', () => {
  const paragraphs = [
    { row: 27, col: 0, text: '2023年预算收入107.54万元，其中：一般公共预算收入95.54万元。' },
    { row: 31, col: 0, text: '2023年部门预算收支安排107.54万元，较2022年增加13.71万元。' },
    { row: 33, col: 0, text: '2022年机关运行经费预算为4万元。' },
  ];

  it('ties levels and changes to their paragraph cells, years inferred from the text', () => {
    const { levels, changes } = claimsOfParagraphs(paragraphs);
    expect(levels.map((c) => [c.row, c.col, c.topic, c.amount.fen])).toEqual([
      [27, 0, 'income.total', 107_540_000],
      [27, 0, 'income.general', 95_540_000],
    ]);
    expect(changes.map((c) => [c.row, c.direction, c.amount.fen])).toEqual([[31, 'increase', 13_710_000]]);
  });

  it('reads a year earlier than the tables as last year', () => {
    const { levels } = claimsOfParagraphs(paragraphs.slice(2), 2023);
    expect(levels).toEqual([]);
    expect(claimsOfParagraphs(paragraphs.slice(2), 2022).levels).toHaveLength(1);
  });
});
