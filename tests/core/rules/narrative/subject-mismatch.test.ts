import type { SheetGrid } from '../../../../src/core/grid/types';
import { subjectMismatch } from '../../../../src/core/rules/narrative/subject-mismatch';
import { loadPingxiang } from '../../helpers/fixtures';
import { edit, wanToYuan } from '../../helpers/mutate';
import { findingsOf } from '../../helpers/run';

const NARRATIVE = '情况说明';
const GENERAL = '5一般公共预算支出表';
/** Pingxiang's 一般公共预算 lines itemized as published elsewhere (the fixture itself does not itemize). */
const ITEMIZED =
  '一般公共预算支出主要用于：1.一般公共服务支出（类）网信事务（款）行政运行（项）61.04万元；' +
  '2.一般公共服务支出（类）网信事务（款）一般行政管理事务（项）30万元；' +
  '3.社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）6万元；' +
  '4.卫生健康支出（类）行政事业单位医疗（款）行政单位医疗（项）5.5万元；' +
  '5.住房保障支出（类）住房改革支出（款）住房公积金（项）5万元。';

let pingxiang: SheetGrid[];
beforeAll(async () => {
  pingxiang = await loadPingxiang();
});

const say = (text: string, grids = pingxiang) => findingsOf(edit(grids, NARRATIVE, { A31: text }), subjectMismatch);

describe('narrative/subject-mismatch', () => {
  it('is quiet on pingxiang, which itemizes nothing, and on lines that match the table', () => {
    expect(findingsOf(pingxiang, subjectMismatch)).toEqual([]);
    expect(say(ITEMIZED)).toEqual([]);
  });

  it.each([
    ['plain 类款项', '一般公共服务支出类网信事务款行政运行项61.04万元。'],
    ['code and name', '2013701 行政运行 61.04万元，2210201住房公积金5万元。'],
    ['full-width digits', '一般公共服务支出（类）网信事务（款）行政运行（项）６１．０４万元。'],
    ['元 against the 万元 table', '一般公共服务支出（类）网信事务（款）行政运行（项）610,400.00元。'],
    ['rounded half up', '一般公共服务支出（类）网信事务（款）行政运行（项）61.0万元。'],
  ])('%s: matching lines are quiet', (_, text) => {
    expect(say(text)).toEqual([]);
  });

  it('a wrong amount, named with the row it should state', () => {
    const findings = say(ITEMIZED.replace('行政运行（项）61.04万元', '行政运行（项）64.01万元'));
    expect(findings).toEqual([
      expect.objectContaining({ sheet: NARRATIVE, cell: 'A31', expected: '61.04', actual: '64.01', severity: 'error' }),
    ]);
    expect(findings[0].related).toEqual([{ sheet: GENERAL, cell: 'D9' }]);
    expect(findings[0].message).toContain('2013701 一般公共服务支出/网信事务/行政运行');
  });

  it('a 款 name that differs from the table', () => {
    const findings = say(ITEMIZED.replace('网信事务（款）行政运行', '政府办公厅（室）及相关机构事务（款）行政运行'));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ expected: '网信事务', actual: '政府办公厅(室)及相关机构事务' });
    expect(findings[0].message).toContain('款为“网信事务”');
  });

  it('a 项 name that differs from the table, under the right 类 and 款, with the table amount', () => {
    const findings = say(ITEMIZED.replace('住房公积金（项）', '提租补贴（项）'));
    expect(findings).toEqual([expect.objectContaining({ expected: '住房公积金', actual: '提租补贴' })]);
  });

  it('a code whose name differs', () => {
    expect(say('2013701 一般行政管理事务 61.04万元。')).toEqual([
      expect.objectContaining({ expected: '行政运行', actual: '一般行政管理事务' }),
    ]);
  });

  it('a subject the tables do not have is a warning', () => {
    const findings = say('教育支出（类）普通教育（款）小学教育（项）12万元。');
    expect(findings).toEqual([expect.objectContaining({ severity: 'warning' })]);
    expect(findings[0].message).toContain('没有这个项级科目');
  });

  it('a truncated amount says what it rounds to', () => {
    const grids = ['3支出总表', GENERAL].reduce((g, sheet) => edit(g, sheet, { D9: 61.05, E9: 61.05 }), pingxiang);
    const findings = say('一般公共服务支出（类）网信事务（款）行政运行（项）61.0万元。', grids);
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toContain('应四舍五入为 61.1');
  });

  it('works on 元 tables', () => {
    const yuan = pingxiang.map((g) => wanToYuan(g, 'C6:M60'));
    expect(say(ITEMIZED, yuan)).toEqual([]);
    expect(say('2013702一般行政管理事务310，000元。', yuan)).toEqual([
      expect.objectContaining({ expected: '300000.00', actual: '310000' }),
    ]);
  });
});
