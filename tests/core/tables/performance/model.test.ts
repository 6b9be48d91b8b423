import { rangeToA1 } from '../../../../src/core/grid/address';
import { gridFromRows } from '../../../../src/core/grid/access';
import type { SheetGrid } from '../../../../src/core/grid/types';
import { validateWorkbook } from '../../../../src/core/validate';
import { findRegions } from '../../../../src/core/recognize/region';
import type { ProjectPerformanceTable } from '../../../../src/core/tables/performance/model';
import { buildFirst } from '../../helpers/build';
import { JULU, PINGLUO, PINGXIANG, SHANHAIGUAN, SHAPOTOU, loadFixture, sheetNamed } from '../../helpers/fixtures';

function projectOf(grid: SheetGrid): ProjectPerformanceTable {
  expect(findRegions(grid)[0].kind).toBe('performance.project');
  return buildFirst(grid, 'performance.project');
}

async function tablesOf(file: string): Promise<string[]> {
  const report = validateWorkbook(await loadFixture(file), { rules: [] });
  return report.tables
    .filter((t) => t.kind !== 'budget.summary' && !t.kind.startsWith('budget.'))
    .map((t) => `${t.sheet} ${t.kind} ${t.range}`);
}

describe('recognition of 绩效目标 sheets', () => {
  it('reads a 附件 title over the generic title as one project table (平罗)', async () => {
    expect((await tablesOf(PINGLUO))[0]).toBe('项目1-电子政务外网光纤专线线路租用费 performance.project A1:E20');
    expect(await tablesOf(PINGLUO)).toHaveLength(5);
  });

  it('keeps a 部门整体绩效目标 sheet whole, its 情况说明 heading included (山海关)', async () => {
    expect(await tablesOf(SHANHAIGUAN)).toEqual([
      '部门整体绩效目标 performance.department A2:A13',
      '项目1-网络舆情综合管理 performance.project A1:G12',
      '项目2-网络阵地建设和内容管理 performance.project A1:G12',
    ]);
  });

  it('leaves a 部门整体绩效目标 section inside a 情况说明 to the narrative (平乡)', async () => {
    expect(await tablesOf(PINGXIANG)).toEqual([
      '情况说明 narrative A1:D77',
      '项目1-网络安全和信息化 performance.project A1:F12',
      '项目2-网络宣传和评论引导 performance.project A1:F13',
      '项目3-网络舆情服务和自媒体管理 performance.project A1:F12',
    ]);
  });

  it('reads a 部门整体绩效目标 heading followed by its own indicator table as a department table', () => {
    const grid = gridFromRows('情况说明', [
      ['2024年部门预算情况说明'],
      ['一、部门职责'],
      ['部门整体绩效目标表'],
      ['一级指标', '二级指标', '三级指标', '指标值'],
      ['产出指标', '数量指标', '培训次数', '≥4次'],
    ]);
    expect(findRegions(grid).map((r) => `${r.kind} ${rangeToA1(r.range)}`)).toEqual([
      'narrative A1:D2',
      'performance.department A3:D5',
    ]);
  });

  it.each([SHAPOTOU, JULU])('finds one project table per project sheet in %s', async (file) => {
    const tables = await tablesOf(file);
    expect(tables.filter((t) => t.includes('performance.project')).length).toBeGreaterThanOrEqual(2);
    expect(tables.every((t) => !t.includes('narrative'))).toBe(true);
  });
});

describe('the project model', () => {
  it('宁夏: 项目资金 in 万元 from its label, text amounts, marks, "指标N:" numbering, placeholders', async () => {
    const table = projectOf(sheetNamed(await loadFixture(SHAPOTOU), '项目2-网络舆情监测系统服务购买经费'));
    expect(table.facts).toMatchObject({
      name: { text: '网络舆情监测系统服务购买经费' },
      department: { text: '沙坡头区委网信办' },
      attribute: { text: '延续项目' },
      period: { text: '2023年度' },
    });
    expect(table.facts.goal?.text).toMatch(/^目标1: 加强对涉沙坡头区/);
    expect(table.funds).toMatchObject({
      unit: '万元',
      total: { row: 6, col: 3, fen: 6_000_000 },
      fiscal: { row: 7, col: 3, fen: 6_000_000 },
      other: { row: 8, col: 3, fen: null },
    });
    expect(table.hints).toEqual({ marks: true, effectAlias: false, basisColumn: false, costAsLevel1: false });
    const block = table.indicators!;
    expect(block.columns).toEqual({ level1: 1, level2: 2, level3: 3, value: 4 });
    expect(block.categories.map((c) => `${c.level1}/${c.level2}/${c.mark}/${c.rows.length}`)).toEqual([
      'output/quantity/required/3',
      'output/quality/required/3',
      'output/timeliness/required/2',
      'output/output-cost/required/3',
      'benefit/economic-benefit/optional/2',
      'benefit/social-benefit/required/3',
      'benefit/ecological-benefit/optional/2',
      'benefit/sustainability/required/2',
      'satisfaction/satisfaction/required/3',
    ]);
    const cost = block.categories[3].rows[0];
    expect(cost).toMatchObject({
      name: '购买舆情监测系统',
      numbers: [1],
      value: { amount: { fen: 6_000_000 }, per: '年' },
    });
    expect(block.rows.find((r) => r.row === 18)).toMatchObject({ name: '', numbers: [2], value: { kind: 'empty' } });
    expect(block.bottom).toBe(33); // 综合评定等级 (row 35) ends the block
  });

  it('河北: 项目编码, 预算数/财政资金/其他资金, a % schedule, 描述 and 确定依据 columns', async () => {
    const table = projectOf(sheetNamed(await loadFixture(JULU), '项目1-工作经费'));
    expect(table.facts.code?.text).toBe('13052924P005840124358');
    expect(table.facts.name?.text).toBe('工作经费');
    expect(table.facts.purpose).toMatchObject({ row: 4, col: 1, text: '工作经费' });
    expect(table.facts.goal?.text).toMatch(/^1\.完成各项工作任务/);
    expect(table.funds).toMatchObject({
      unit: '万元',
      total: { fen: 8_000_000 },
      fiscal: { fen: 8_000_000 },
      other: { row: 3, col: 6, fen: null },
    });
    expect(table.schedule.map((p) => `${p.label}=${p.percent}`)).toEqual([
      '3月底=25',
      '6月底=50',
      '10月底=75',
      '12月底=100',
    ]);
    expect(table.indicators!.columns).toEqual({ level1: 0, level2: 1, level3: 2, description: 3, value: 5, basis: 6 });
    expect(table.indicators!.rows[0]).toMatchObject({ name: '完成工作任务数量', basis: { text: '工作安排' } });
    expect(table.hints.basisColumn).toBe(true);
  });

  it('河北: amounts in 元, a schedule of bare figures under （%）, 效果指标 as 效益', async () => {
    const table = projectOf(sheetNamed(await loadFixture(SHANHAIGUAN), '项目1-网络舆情综合管理'));
    expect(table.funds).toMatchObject({ unit: '元', total: { fen: 10_000_000 } });
    expect(table.schedule.map((p) => p.percent)).toEqual([25, 60, 90, 100]);
    expect(table.indicators!.categories.map((c) => c.level1)).toEqual(['output', 'benefit', 'satisfaction']);
    expect(table.hints.effectAlias).toBe(true);
  });

  it('reads a project without a funds block, naming it from the title (平乡)', async () => {
    const table = projectOf(sheetNamed(await loadFixture(PINGXIANG), '项目2-网络宣传和评论引导'));
    expect(table.funds).toBeNull();
    expect(table.facts.name?.text).toBe('网络宣传和评论引导');
    expect(table.indicators!.categories.map((c) => c.level2)).toEqual([
      'quantity',
      'quality',
      'timeliness',
      'output-cost',
      'social-benefit',
      'sustainability',
      'satisfaction',
    ]);
  });

  it('上海: 成本指标 as 一级 with 经济成本指标, values such as "=100.00(%)", a percent column, cell-by-cell labels', () => {
    const grid = gridFromRows('上海', [
      ['财政项目支出绩效目标申报表'],
      ['项目名称', '社区文化活动', '项目资金（元）', null],
      ['年度资金总额', 50000, '其中：财政拨款', 50000],
      ['一级指标', '二级指标', '三级指标', '指标值（%）'],
      ['产出指标', '数量指标', '活动场次', '≥12场'],
      ['产出指标', '质量指标', '活动完成率', 98],
      ['成本指标', '经济成本指标', '活动经费', '≤50000元'],
      ['效益指标', '社会效益指标', '居民参与率', '=100.00(%)'],
      ['满意度指标', '服务对象满意度指标', '居民满意度', '≥90%'],
    ]);
    const table = projectOf(grid);
    expect(table.funds).toMatchObject({ unit: '元', total: { fen: 5_000_000 }, fiscal: { fen: 5_000_000 } });
    expect(table.hints.costAsLevel1).toBe(true);
    const rows = table.indicators!.rows;
    expect(rows.map((r) => `${r.level1?.id}/${r.level2?.id}`)).toEqual([
      'output/quantity',
      'output/quality',
      'cost/economic-cost',
      'benefit/social-benefit',
      'satisfaction/satisfaction',
    ]);
    expect(rows[1].value).toMatchObject({ number: 98, unit: '%' });
    expect(rows[2].value).toMatchObject({ operator: '≤', amount: { fen: 5_000_000 } });
    expect(rows[3].value).toMatchObject({ operator: '=', number: 100, unit: '%' });
  });
});

describe('the department model', () => {
  it('keeps the text of a 部门整体绩效目标 sheet without a table (巨鹿)', async () => {
    const grid = sheetNamed(await loadFixture(JULU), '部门整体绩效目标');
    const table = buildFirst(grid, 'performance.department');
    expect(table).toMatchObject({ kind: 'performance.department', indicators: null });
    expect(table.paragraphs[0].text).toBe('部门整体绩效目标');
  });
});
