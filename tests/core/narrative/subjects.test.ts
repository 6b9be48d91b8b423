import { subjectLines } from '../../../src/core/narrative/subjects';

const read = (text: string) =>
  subjectLines(text).map((l) => ({
    names: l.names,
    code: l.code,
    amounts: l.amounts.map((a) => [a.figure, a.amount.fen]),
  }));

const ITEM = { class: '一般公共服务支出', section: '网信事务', item: '行政运行' };

describe('subjectLines', () => {
  it.each([
    ['bracketed, full-width', '一般公共服务支出（类）网信事务（款）行政运行（项）61.04万元，主要用于机关运转。'],
    ['bracketed, half-width with 支出', '一般公共服务支出(类)网信事务(款)行政运行(项)支出61.04万元。'],
    ['plain 类款项', '一般公共服务支出类网信事务款行政运行项61.04万元。'],
    ['led into by words', '主要用于：一般公共服务支出（类）网信事务（款）行政运行（项）61.04万元。'],
    ['full-width digits', '一般公共服务支出（类）网信事务（款）行政运行（项）６１．０４万元。'],
  ])('%s', (_, text) => {
    expect(read(text)).toEqual([{ names: ITEM, code: undefined, amounts: [['level', 61_040_000]] }]);
  });

  it('a code and its name', () => {
    expect(read('2013701 行政运行 61.04万元；2013702一般行政管理事务30万元。')).toEqual([
      { names: { item: '行政运行' }, code: '2013701', amounts: [['level', 61_040_000]] },
      { names: { item: '一般行政管理事务' }, code: '2013702', amounts: [['level', 30_000_000]] },
    ]);
  });

  it('thousands with a full-width comma, several lines in one paragraph', () => {
    const text =
      '1.一般公共服务支出（类）网信事务（款）行政运行（项）3，518.85万元；2.社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）6万元。';
    expect(read(text).map((l) => [l.names.item, l.amounts])).toEqual([
      ['行政运行', [['level', 3_518_850_000]]],
      ['机关事业单位基本养老保险缴费支出', [['level', 6_000_000]]],
    ]);
    expect(read(text)[1].names.class).toBe('社会保障和就业支出');
  });

  it('tells the 预算数 from the 决算数 and skips the change', () => {
    const text =
      '一般公共服务支出（类）网信事务（款）行政运行（项）年初预算为60万元，支出决算为61.04万元，比上年增加1.04万元，完成年初预算的101.7%。';
    expect(read(text)[0].amounts).toEqual([
      ['budget', 60_000_000],
      ['final', 61_040_000],
    ]);
  });

  it('a head standing as its own sentence (决算 layout)', () => {
    const text = '1.一般公共服务支出（类）网信事务（款）行政运行（项）。年初预算为60万元，支出决算为61.04万元。';
    expect(read(text)[0].amounts).toEqual([
      ['budget', 60_000_000],
      ['final', 61_040_000],
    ]);
  });

  it('ignores years, counts and amounts without a subject', () => {
    expect(read('2023年部门支出预算为107.54万元，其中基本支出77.54万元。')).toEqual([]);
    expect(read('共有在职人员123人，车辆5辆。')).toEqual([]);
    expect(read('按照财预〔2023〕201号文件要求，安排资金50万元。')).toEqual([]);
    expect(read('编制人数205人，实有人数198人，人员经费120万元。')).toEqual([]);
  });
});
