/**
 * A 一般公共预算财政拨款支出表 with thousands of 款 rows whose amounts are not the sum of their 项 rows:
 * a badly filled submission that yields a report of thousands of findings (for the findings list's
 * responsiveness). Built in code so the test states what it feeds the pane.
 */
import ExcelJS from 'exceljs';

/** Amounts in 分 (合计, 基本支出, 项目支出), written as 万元 with two decimals. */
type Amounts = [number, number, number];
const yuan = (fen: Amounts) => fen.map((f) => f / 100);
const add = (sum: Amounts, more: Amounts) => sum.forEach((_, i) => (sum[i] += more[i]));

/** `categories` 类 × 99 款, each 款 with two 项 rows; most 款 amounts are off in every column. */
export async function manyFindingsWorkbook(categories: number): Promise<Buffer> {
  const body: (string | number)[][] = [];
  const total: Amounts = [0, 0, 0];
  for (let c = 0; c < categories; c++) {
    const category = String(201 + c);
    const categorySum: Amounts = [0, 0, 0];
    const categoryRow: (string | number)[] = [category, `支出类${c + 1}`];
    body.push(categoryRow);
    for (let k = 1; k <= 99; k++) {
      const item = `${category}${String(k).padStart(2, '0')}`;
      // Its 项 rows add up to 5 = 3 + 2. Most 款 state 8 = 5 + 3 (three errors); every fifth one is off
      // by 0.01 in 合计 and 项目支出 only, within rounding (two infos).
      const stated: Amounts = k % 5 === 0 ? [501, 300, 201] : [800, 500, 300];
      body.push([item, `款${item}`, ...yuan(stated)]);
      body.push([`${item}01`, '行政运行', 3, 2, 1]);
      body.push([`${item}02`, '一般行政管理事务', 2, 1, 1]);
      add(categorySum, stated);
    }
    categoryRow.push(...yuan(categorySum));
    add(total, categorySum);
  }
  const workbook = new ExcelJS.Workbook();
  workbook
    .addWorksheet('5一般公共预算支出表')
    .addRows([
      ['部门预算一般公共预算财政拨款支出表', '', '', '', '', ''],
      ['测试单位', '', '', '预算年度：2025', '', '单位：万元'],
      ['序号', '功能分类科目', '', '合计', '基本支出', '项目支出'],
      ['', '科目编码', '科目名称', '', '', ''],
      ['', '', '合计', ...yuan(total)],
      ...body.map((row, i) => [String(i + 2), ...row]),
    ]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
