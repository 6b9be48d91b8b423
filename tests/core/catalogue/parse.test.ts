import fs from 'fs';
import path from 'path';
import { decodeCatalogueBytes, parseCatalogueText } from '../../../src/core/catalogue';

const read = (name: string) => decodeCatalogueBytes(fs.readFileSync(path.join(__dirname, name)));

describe('parseCatalogueText', () => {
  it('reads a csv saved by Excel (BOM, CRLF, header row) into both classifications', () => {
    const { catalogue, warnings } = parseCatalogueText(read('pingxiang-codes.csv'));
    expect(warnings).toEqual([]);
    expect(catalogue.function.size).toBe(13);
    expect(catalogue.economic.size).toBe(15);
    expect(catalogue.function.get('2013701')).toBe('行政运行');
    expect(catalogue.economic.get('30113')).toBe('住房公积金');
    expect(catalogue.function.has('30113')).toBe(false);
  });

  it('reads a GB18030 csv as Excel saves it on Chinese Windows', () => {
    const { catalogue, warnings } = parseCatalogueText(read('gb18030.csv'));
    expect(warnings).toEqual([]);
    expect([...catalogue.function]).toEqual([['2013701', '行政运行']]);
    expect([...catalogue.economic]).toEqual([['30101', '基本工资']]);
  });

  it('needs no header and accepts tabs, full-width commas, quotes and code-and-name in one cell', () => {
    const tabs = parseCatalogueText('2013701\t行政运行\n50101\t工资奖金津补贴\n');
    expect([...tabs.catalogue.function]).toEqual([['2013701', '行政运行']]);
    expect([...tabs.catalogue.economic]).toEqual([['50101', '工资奖金津补贴']]);
    expect(parseCatalogueText('２０１，一般公共服务支出').catalogue.function.get('201')).toBe('一般公共服务支出');
    expect(parseCatalogueText('20137,"网信事务, 其他"').catalogue.function.get('20137')).toBe('网信事务, 其他');
    const oneCell = parseCatalogueText('2013701 行政运行\n2013702、一般行政管理事务\n301工资福利支出（类）');
    expect(oneCell.warnings).toEqual([]);
    expect([...oneCell.catalogue.function]).toEqual([
      ['2013701', '行政运行'],
      ['2013702', '一般行政管理事务'],
    ]);
    expect(oneCell.catalogue.economic.get('301')).toBe('工资福利支出（类）');
  });

  it('skips heading lines and warns, with the line number, about lines it cannot read', () => {
    const text = [
      '2023年政府收支分类科目',
      'code,name',
      '201,一般公共服务支出',
      '20137011,行政运行',
      '401,不是支出科目',
      '约10,行政运行',
      '二、支出经济分类科目',
      '301,工资福利支出',
      '201,一般公共服务',
      '201,一般公共服务支出',
      '20137,',
    ].join('\n');
    const { catalogue, warnings } = parseCatalogueText(text);
    expect([...catalogue.function]).toEqual([
      ['201', '一般公共服务支出'],
      ['20137', ''],
    ]);
    expect([...catalogue.economic.keys()]).toEqual(['301']);
    expect(warnings).toEqual([
      '第 4 行科目编码“20137011”不是支出功能分类（2 开头的 3、5、7 位）或经济分类（3、5 开头的 3、5 位）编码，已忽略',
      '第 5 行科目编码“401”不是支出功能分类（2 开头的 3、5、7 位）或经济分类（3、5 开头的 3、5 位）编码，已忽略',
      '第 6 行无法读取：第一列应为科目编码（“约10 行政运行”）',
      '第 9 行科目编码“201”重复出现且名称不同（“一般公共服务支出”与“一般公共服务”），已采用前者',
      '第 11 行科目编码“20137”缺少名称，只核对编码是否存在',
    ]);
  });

  it('says so when nothing could be read', () => {
    expect(parseCatalogueText('').warnings).toEqual([
      '科目目录中没有读到任何科目编码：每行应为“编码,名称”，如“2013701,行政运行”',
    ]);
  });

  it('lists the first 20 problems and counts the rest', () => {
    const text = ['201,一般公共服务支出', ...Array.from({ length: 25 }, (_, i) => `9${String(i).padStart(2, '0')},错`)];
    const { warnings } = parseCatalogueText(text.join('\n'));
    expect(warnings).toHaveLength(21);
    expect(warnings[20]).toBe('另有 5 行科目目录无法读取或有疑问，未逐一列出');
  });
});
