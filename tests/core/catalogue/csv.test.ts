import { splitCsv } from '../../../src/core/catalogue/csv';

describe('splitCsv', () => {
  it('splits on commas, keeps quoted delimiters, doubled quotes and line breaks', () => {
    expect(splitCsv('201,"一般""公共"",服务"\r\n20137,"网信\n事务"\r\n')).toEqual([
      ['201', '一般"公共",服务'],
      ['20137', '网信\n事务'],
    ]);
  });

  it('takes the delimiter from the first non-empty line', () => {
    expect(splitCsv('\n2013701\t行政运行,其他\n')).toEqual([[''], ['2013701', '行政运行,其他']]);
    expect(splitCsv('201；x')).toEqual([['201；x']]);
    expect(splitCsv('201;一般公共服务支出')).toEqual([['201', '一般公共服务支出']]);
  });
});
