/**
 * The Shanghai district layout of the issue, end to end on the full rule set: tables in 元 with a
 * "三公" table in 万元, "编制部门：…" meta lines, and a 情况说明 that gives the reason for a change
 * two paragraphs later. None of that is a finding; the defects such documents really contain are.
 */
import type { SheetGrid } from '../../../src/core/grid/types';
import { validateWorkbook } from '../../../src/core/validate';
import { edit } from '../helpers/mutate';
import { corpusTables, NARRATIVE, withNarrative } from './workbook';

const DEPARTMENT = '上海市某区网络安全和信息化委员会办公室';
/** Sheets whose A2 holds the department's name in pingxiang. */
const NAMED_SHEETS = [
  '1收支总表',
  '2收入总表',
  '3支出总表',
  '4财政拨款收支总表',
  '5一般公共预算支出表',
  '6一般公共预算基本支出表',
  '7政府基金预算支出表',
  '8国有资本经营预算支出表',
  '9三公经费支出表',
  '政府采购预算表',
  '固定资产占用情况表',
];

const TEXT = [
  '一、收入预算情况',
  '2023年收入预算1,075,400.00元，比上年增加137,100.00元。',
  '其中：一般公共预算拨款收入1,075,400.00元。',
  '收入增加的主要原因是新增网络舆情服务项目。',
  '二、“三公”经费预算情况',
  '2023年“三公”经费预算5万元，其中：因公出国（境）费1万元，公务用车购置及运行维护费2.5万元，公务接待费1.5万元。',
];

async function shanghai(department: (sheet: string) => string = () => DEPARTMENT): Promise<SheetGrid[]> {
  let tables = await corpusTables(true);
  for (const sheet of NAMED_SHEETS) tables = edit(tables, sheet, { A2: `编制部门：${department(sheet)}` });
  return withNarrative(tables, TEXT);
}

const ruleCells = (grids: SheetGrid[]) =>
  validateWorkbook(grids, {})
    .findings.filter((f) => f.severity !== 'info')
    .map((f) => `${f.ruleId} ${f.sheet}!${f.cell}`);

describe('Shanghai district layout', () => {
  it('raises nothing: units per table, 编制部门 lines, a reason two paragraphs later', async () => {
    expect(ruleCells(await shanghai())).toEqual([]);
  });

  it('an empty 编制部门 line in one table while the others name the department', async () => {
    expect(ruleCells(await shanghai((sheet) => (sheet === '3支出总表' ? '' : DEPARTMENT)))).toEqual([
      'structure/unit-name 3支出总表!A2',
    ]);
  });

  it('a truncated headline, parts that do not add up, a doubled word', async () => {
    const grids = edit(await shanghai(), NARRATIVE, {
      A3: '2023年收入预算107.5万元，比上年增加13.71万元，其中：一般公共预算拨款收入107.54万元，比上年增加12万元；事业收入0万元，比上年增加增加0.71万元。',
    });
    expect(ruleCells(grids).sort()).toEqual([
      `narrative/change-arithmetic ${NARRATIVE}!A3`,
      `narrative/wording ${NARRATIVE}!A3`,
    ]);
    const truncated = edit(grids, NARRATIVE, {
      A3: '2023年收入预算107万元，比上年增加13.71万元，其中：一般公共预算拨款收入107.54万元，比上年增加13.71万元。',
    });
    expect(ruleCells(truncated)).toEqual([`narrative/amount-mismatch ${NARRATIVE}!A3`]);
  });
});
