/**
 * Layouts built in code: 上海 (成本指标 as an 一级), a 部门整体绩效目标 with an indicator table, 河北
 * funds in 元 and the two ways of writing 资金支出计划, and project sheets beside the budget tables.
 */
import { gridFromRows } from '../../../src/core/grid/access';
import type { CellValue, SheetGrid } from '../../../src/core/grid/types';
import { validateWorkbook } from '../../../src/core/validate';
import { fundsRules } from '../../../src/core/rules/funds';
import { projectTotal } from '../../../src/core/rules/funds/project-total';
import { schedule } from '../../../src/core/rules/funds/schedule';
import { indicatorRules } from '../../../src/core/rules/indicator';
import { costTotal } from '../../../src/core/rules/indicator/cost-total';
import { requiredMissing } from '../../../src/core/rules/indicator/required-missing';
import { buildFirst } from '../helpers/build';
import { JULU, PINGXIANG, SHANHAIGUAN, loadFixture, sheetNamed } from '../helpers/fixtures';
import { edit } from '../helpers/mutate';
import { findingsOf, where } from '../helpers/run';

type Row = CellValue[];

const SHANGHAI_ROWS: Row[] = [
  ['上海市财政项目支出绩效目标申报表'],
  ['项目名称', '社区服务中心运维', null, null, null],
  ['项目资金（万元）', '年度资金总额：', 10, null, null],
  [null, '其中：财政拨款', 10, null, null],
  [null, '其他资金', 0, null, null],
  ['一级指标', '二级指标', '三级指标', '指标值', '指标解释'],
  ['产出指标', '数量指标', '服务场次', '≥12次', '全年服务场次'],
  [null, '质量指标', '设备完好率', '≥98%', '完好设备占比'],
  [null, '时效指标', '完成时间', '2024年12月底前', '完成时限'],
  ['成本指标', '经济成本指标', '运维费', '≤6万元', '设备运维费用'],
  [null, null, '人员经费', '4万元以内', '驻场人员费用'],
  [null, '社会成本指标', '对周边影响', '无', '施工扰民'],
  ['效益指标', '社会效益指标', '服务覆盖人数', '≥5000人次', '受益居民'],
  ['满意度指标', '服务对象满意度指标', '居民满意度', '≥90%', '问卷调查'],
];

const shanghai = (rows: Row[] = SHANGHAI_ROWS) =>
  gridFromRows('上海项目', rows, { merges: [{ top: 9, left: 0, bottom: 11, right: 0 }] });

describe('上海 layout (成本指标 as an 一级)', () => {
  it('is recognized as 上海 and clean: costs add up to the funds, no taxonomy finding', () => {
    const table = buildFirst(shanghai(), 'performance.project');
    expect(table.hints.costAsLevel1).toBe(true);
    expect(table.indicators!.categories.map((c) => c.level2)).toEqual([
      'quantity',
      'quality',
      'timeliness',
      'economic-cost',
      'social-cost',
      'social-benefit',
      'satisfaction',
    ]);
    const findings = findingsOf([shanghai()], [...indicatorRules, ...fundsRules]);
    expect(findings.filter((f) => f.severity !== 'info').map((f) => `${f.ruleId} ${f.cell}`)).toEqual([]);
  });

  it('finds costs that no longer add up to the funds, despite a non-money 社会成本 "无"', () => {
    const rows = SHANGHAI_ROWS.map((r) => [...r]);
    rows[10][3] = '5万元以内';
    expect(where(findingsOf([shanghai(rows)], [costTotal]))).toEqual(['上海项目!D10']);
  });

  it('inserts a missing 时效指标 under 产出, before the 成本 block', () => {
    const rows = SHANGHAI_ROWS.filter((r) => r[1] !== '时效指标');
    const grid = gridFromRows('上海项目', rows, { merges: [{ top: 8, left: 0, bottom: 10, right: 0 }] });
    const findings = findingsOf([grid], [requiredMissing]);
    expect(findings).toHaveLength(1);
    expect(findings[0].fix).toMatchObject({ beforeRow: 8, startCol: 0 });
    expect(findings[0].fix!.rows[0].slice(0, 2)).toEqual(['产出指标', '时效指标']);
  });

  it('inserts a missing 成本 as 经济成本指标 under a 成本指标 一级 (上海 profile)', () => {
    const rows = SHANGHAI_ROWS.filter((_, i) => i < 9 || i > 11);
    const grid = gridFromRows('上海项目', rows, { merges: [] });
    const findings = findingsOf([grid], [requiredMissing], { profile: 'shanghai' });
    expect(findings.map((f) => f.expected)).toEqual(['经济成本指标']);
    expect(findings[0].fix!.rows[0].slice(0, 2)).toEqual(['成本指标', '经济成本指标']);
  });
});

describe('部门整体绩效目标 with an indicator table', () => {
  const department = (value: CellValue): SheetGrid =>
    gridFromRows('部门整体', [
      ['部门整体绩效目标表'],
      ['年度总体目标', '保障网信工作正常运转'],
      ['一级指标', '二级指标', '三级指标', '指标值'],
      ['产出指标', '数量指标', '开展宣传活动', '≥4次'],
      [null, '质量指标', '舆情处置率', '≥98%'],
      ['满意度指标', '服务对象满意度', '群众满意度', value],
    ]);

  it('reads its table and checks its values', () => {
    const table = buildFirst(department('≥90%'), 'performance.department');
    expect(table.indicators!.rows).toHaveLength(3);
    expect(table.indicators!.categories.map((c) => c.level2)).toEqual(['quantity', 'quality', 'satisfaction']);
    expect(findingsOf([department('≥90%')], indicatorRules)).toEqual([]);
    expect(where(findingsOf([department('提高')], indicatorRules))).toEqual(['部门整体!D6']);
  });
});

describe('河北 funds and 资金支出计划', () => {
  const P1 = '项目1-网络舆情综合管理';

  it('reads 预算数 in 元 and finds a cost that does not match it', async () => {
    const grids = await loadFixture(SHANHAIGUAN);
    const table = buildFirst(sheetNamed(grids, P1), 'performance.project');
    expect(table.funds).toMatchObject({ unit: '元', total: { fen: 10_000_000 } });
    const withCost = edit(grids, P1, { B10: '成本指标', C10: '运维费', F10: '≤8万元' });
    expect(where(findingsOf(withCost, [costTotal]))).toEqual([`${P1}!F10`]);
    expect(findingsOf(edit(grids, P1, { B10: '成本指标', C10: '运维费', F10: '≤10万元' }), [costTotal])).toEqual([]);
  });

  it('reads 25.00 under the （%） header and 0.25 shown as 25% alike', async () => {
    const hebei = buildFirst(sheetNamed(await loadFixture(JULU), '项目1-工作经费'), 'performance.project');
    const yuan = buildFirst(sheetNamed(await loadFixture(SHANHAIGUAN), P1), 'performance.project');
    expect(hebei.schedule.map((p) => p.percent)).toEqual([25, 50, 75, 100]);
    expect(yuan.schedule.map((p) => p.percent)).toEqual([25, 60, 90, 100]);
  });

  it('still finds a plan that falls back, in either form', async () => {
    const grids = edit(await loadFixture(SHANHAIGUAN), P1, { D7: 50 });
    expect(where(findingsOf(grids, [schedule]))).toEqual([`${P1}!D7`]);
  });
});

describe('project sheets in the budget workbook', () => {
  it('adds a project appended after the budget tables (河北, 万元) into 项目支出', async () => {
    const budget = await loadFixture(PINGXIANG);
    const project = sheetNamed(await loadFixture(JULU), '项目1-工作经费');
    const findings = findingsOf([...budget, project], [projectTotal]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ cell: 'F6', expected: '30.00', actual: '38.00' });
    expect(findings[0].related).toContainEqual({ sheet: '项目1-工作经费', cell: 'C4' });
  });

  it('converts a project kept in 元 into the budget tables’ 万元', async () => {
    const budget = await loadFixture(PINGXIANG);
    const project = sheetNamed(await loadFixture(SHANHAIGUAN), '项目1-网络舆情综合管理');
    const findings = findingsOf([...budget, project], [projectTotal]);
    expect(findings[0]).toMatchObject({ expected: '30.00', actual: '40.00' });
  });

  it('reads a project table placed under a budget table on the same sheet', async () => {
    const budget = await loadFixture(PINGXIANG);
    const expenditure = sheetNamed(budget, '3支出总表');
    const project = sheetNamed(await loadFixture(JULU), '项目1-工作经费');
    const below = expenditure.values.length + 2;
    const combined: SheetGrid = {
      ...expenditure,
      values: [...expenditure.values, [], [], ...project.values],
      merges: [
        ...expenditure.merges,
        ...project.merges.map((m) => ({ ...m, top: m.top + below, bottom: m.bottom + below })),
      ],
      text: undefined,
      numberFormat: undefined,
      formulas: undefined,
    };
    const report = validateWorkbook(
      budget.map((g) => (g.name === combined.name ? combined : g)),
      { rules: [projectTotal] },
    );
    expect(report.tables.map((t) => t.kind)).toContain('performance.project');
    expect(report.findings.map((f) => f.actual)).toEqual(['38.00']);
  });
});
