/**
 * Issue 8, built to its description: the 上海 district 申报表 (项目 block with multi-year and annual
 * funds, 项目总体目标 beside 年度总体目标, a "绩效指标" label column, 三级指标 over D:F, 指标值 over
 * G:H, 成本指标 first), a narrative sentence naming a 绩效目标表, sheets nobody could read, and the
 * 情况说明's claim of how many projects carry targets.
 */
import { gridFromRows } from '../../../src/core/grid/access';
import type { CellValue, SheetGrid } from '../../../src/core/grid/types';
import { parseIndicatorValue } from '../../../src/core/parse/indicator';
import { allRules } from '../../../src/core/rules';
import { projectTotal } from '../../../src/core/rules/funds/project-total';
import { targetCoverage } from '../../../src/core/rules/funds/target-coverage';
import { unrecognized } from '../../../src/core/rules/structure/unrecognized';
import { validateWorkbook } from '../../../src/core/validate';
import { buildFirst } from '../helpers/build';
import { findingsOf } from '../helpers/run';
import { LAYOUTS } from './catalogue';
import { buildSheet, cleanFacts, cleanIndicators as cleanIndicatorsOf } from './layouts';

const SHANGHAI = LAYOUTS[0];

describe('item 1: the 上海 财政项目支出绩效目标申报表 is read', () => {
  const rendered = buildSheet(SHANGHAI, { sheet: '项目绩效目标' });
  const table = buildFirst(rendered.grid, 'performance.project');

  it('finds the indicator header by its words: label column, merged 三级 and 年度(/项目)指标值', () => {
    expect(table.indicators!.columns).toMatchObject({ level1: 1, level2: 2, level3: 3, value: 6 });
    expect(table.indicators!.categories.map((c) => c.level2)).toEqual([
      'economic-cost',
      'quantity',
      'quality',
      'timeliness',
      'social-benefit',
      'satisfaction',
    ]);
    expect(table.hints.costAsLevel1).toBe(true);
  });

  it('reads the year (2026) and the project block: annual funds apart from the multi-year total', () => {
    expect(table.region.year?.value).toBe(2026);
    const funds = table.funds!;
    expect(funds).toMatchObject({ unit: '元', span: 'annual' });
    expect(funds.total!.fen).toBe(100_000_000); // 1,000,000 元 this year
    expect(funds.fiscal!.fen).toBe(80_000_000);
    expect(funds.carryover!.fen).toBe(20_000_000);
    expect(funds.project!.total!.fen).toBe(300_000_000);
    expect(table.facts.goal!.text).toBe(cleanFacts(SHANGHAI).goal);
    expect(table.facts.overallGoal!.text).toBe(cleanFacts(SHANGHAI).overallGoal);
    expect(table.facts.start!.text).toBe('2025-01-01');
    expect(table.facts.category!.text).toBe('其他事业发展类');
  });

  it('parses the values the 上海 tables use', () => {
    expect(parseIndicatorValue('=100.00(%)')).toMatchObject({
      kind: 'quantity',
      operator: '=',
      number: 100,
      unit: '%',
    });
    expect(parseIndicatorValue('≥90.00(%)')).toMatchObject({ kind: 'quantity', operator: '≥', number: 90, unit: '%' });
    for (const word of ['合理', '提高', '降低'])
      expect(parseIndicatorValue(word)).toEqual({ kind: 'text', text: word });
  });

  it('gives no error and no 未找到绩效指标表 on the clean sheet', () => {
    const report = validateWorkbook([rendered.grid]);
    expect(report.summary.errors).toBe(0);
    expect(report.findings.map((f) => f.message).join()).not.toContain('未找到绩效指标表');
  });

  it('checks funds/split on the annual column: 年度资金申请总额 = 当年财政拨款 + 上年结转资金 + 其他资金', () => {
    const broken = buildSheet(SHANGHAI, {
      sheet: 'P',
      facts: (l, i) => ({ ...cleanFacts(l, i), carryover: 30 * 10_000 }),
    });
    const findings = validateWorkbook([broken.grid]).findings.filter((f) => f.ruleId === 'funds/split');
    expect(findings.map((f) => f.cell)).toEqual([broken.cells.annual]);
  });

  it('finds 年度总体目标 copied from 项目总体目标 only on a multi-year project', () => {
    const copied = (start: string, end: string, whole: number) =>
      buildSheet(SHANGHAI, {
        sheet: 'P',
        facts: (l, i) => ({ ...cleanFacts(l, i), goal: cleanFacts(l, i).overallGoal, start, end, whole }),
      });
    const multi = copied('2025-01-01', '2027-12-31', 3_000_000);
    const goalFindings = (grid: SheetGrid) =>
      validateWorkbook([grid]).findings.filter((f) => f.message.includes('年度总体目标与项目总体目标'));
    expect(goalFindings(multi.grid).map((f) => f.cell)).toEqual([multi.cells.goal]);
    expect(goalFindings(copied('2026-01-01', '2026-12-31', 1_000_000).grid)).toEqual([]);
  });
});

describe('item 2: a sentence that names a 绩效目标表 is not a table', () => {
  const narrative = gridFromRows('情况说明', [
    ['2026年部门预算情况说明'],
    ['一、部门职责'],
    ['（六）绩效目标设置情况：2026年实行绩效目标管理的项目1个，涉及资金100.00万元，详见单位的项目绩效目标表。'],
    ['详见单位的项目绩效目标表'],
  ]);

  it('counts one table on one sheet and raises no indicator finding', () => {
    const report = validateWorkbook([narrative]);
    expect(report.tables.map((t) => t.kind)).toEqual(['narrative']);
    expect(report.findings.filter((f) => f.ruleId.startsWith('indicator/'))).toEqual([]);
  });

  it('still takes a title that stands alone with a 单位 beside it', () => {
    const grid = buildSheet(SHANGHAI).grid;
    grid.values[0][7] = '单位：元';
    expect(validateWorkbook([grid]).tables.map((t) => t.kind)).toEqual(['performance.project']);
  });
});

describe('structure/unrecognized: recognition is never silent', () => {
  const run = (grids: SheetGrid[]) => findingsOf(grids, allRules);

  it('warns on a sheet with content and no table, never on the add-in’s own state sheet', () => {
    const draft = gridFromRows('草稿', [
      [null, null],
      [null, '科目', 12],
    ]);
    const state: SheetGrid = { ...gridFromRows('_budget_lint_state', [['{"notes":[]}']]), visibility: 'veryHidden' };
    const findings = run([draft, state]);
    expect(findings.map((f) => `${f.sheet}!${f.cell} ${f.ruleId} ${f.severity}`)).toEqual([
      '草稿!B2 structure/unrecognized warning',
    ]);
  });

  it('is quiet on a sheet the user chose to skip', () => {
    const draft = gridFromRows('草稿', [['随手记']]);
    const report = validateWorkbook([draft], { kindOverrides: { 草稿: 'skip' } });
    expect(report.findings).toEqual([]);
  });

  it('reports a 绩效目标表 whose indicator block cannot be read — and no content error about it', () => {
    const rows: CellValue[][] = [
      ['项目支出绩效目标表'],
      ['项目名称', '运维'],
      ['指标类别', '指标', '目标'],
      ['产出', '服务器数量', '20台'],
    ];
    const findings = run([gridFromRows('P', rows)]);
    expect(findings.map((f) => `${f.cell} ${f.ruleId} ${f.severity}`)).toEqual(['A1 structure/unrecognized warning']);
    expect(findings[0].message).toContain('一级指标、二级指标、三级指标、指标值');
  });

  it('reports nothing when every sheet was read', () => {
    expect(findingsOf([buildSheet(SHANGHAI).grid], [unrecognized])).toEqual([]);
  });
});

/** A 部门支出总表 whose 项目支出 is 250 万元, more than the one 上海 project of 100 万元 carries. */
function expenditureSheet(project: number): SheetGrid {
  return gridFromRows('3支出总表', [
    ['部门支出总表'],
    [null, null, null, null, '单位：万元'],
    ['科目编码', '科目名称', '合计', '基本支出', '项目支出'],
    ['201', '一般公共服务支出', 300 + project - 250, 50, project],
    ['20101', '人大事务', 300 + project - 250, 50, project],
    ['2010101', '行政运行', 50, 50, null],
    ['2010102', '一般行政管理事务', project, null, project],
    [null, '合计', 300 + project - 250, 50, project],
  ]);
}

function narrativeSheet(sentence: string): SheetGrid {
  return gridFromRows('情况说明', [['2026年部门预算情况说明'], ['七、其他相关情况说明'], [sentence]]);
}

describe('item 4: funds/project-total compares this year’s money and claims a gap only for all projects', () => {
  const project = buildSheet(SHANGHAI, { sheet: '项目绩效目标' }).grid;

  it('never uses the multi-year 项目资金总额: 100 万元 this year matches 项目支出 100', () => {
    expect(findingsOf([expenditureSheet(100), project], [projectTotal])).toEqual([]);
  });

  it('states the coverage as info when the 情况说明 speaks of key projects only', () => {
    const grids = [expenditureSheet(250), narrativeSheet('2026年选取1个重点项目公开绩效目标。'), project];
    const findings = findingsOf(grids, [projectTotal]);
    expect(findings.map((f) => `${f.sheet}!${f.cell} ${f.severity}`)).toEqual(['3支出总表!E8 info']);
    expect(findings[0].message).toContain('占 40.0%');
  });

  it('warns of the gap when the 情况说明 says all projects carry targets', () => {
    const grids = [expenditureSheet(250), narrativeSheet('本部门所有项目均编制了绩效目标。'), project];
    const findings = findingsOf(grids, [projectTotal]);
    expect(findings.map((f) => `${f.sheet}!${f.cell} ${f.severity}`)).toEqual(['3支出总表!E8 warning']);
    expect(findings[0]).toMatchObject({ expected: '250.00', actual: '100.00' });
  });
});

describe('funds/target-coverage: the 情况说明’s "N个项目…X万元" vs the 绩效目标表 present', () => {
  const project = buildSheet(SHANGHAI, { sheet: '项目绩效目标' }).grid;
  const run = (sentence: string) =>
    findingsOf([narrativeSheet(sentence), project], [targetCoverage]).map((f) => `${f.sheet}!${f.cell} ${f.actual}`);

  it('is quiet when the tables cover what the narrative claims', () => {
    expect(run('2026年本部门实行绩效目标管理的项目共1个，涉及资金100.00万元。')).toEqual([]);
    expect(run('2026年实行绩效目标管理的项目一个，涉及当年财政拨款80万元。')).toEqual([]);
  });

  it('finds fewer projects than claimed', () => {
    expect(run('2026年本部门共三个项目实行绩效目标管理，涉及资金300万元。')).toEqual(['情况说明!A3 1']);
  });

  it('finds less money than claimed, at the printed precision', () => {
    expect(run('实行绩效目标管理的项目1个，涉及资金120.00万元。')).toEqual(['情况说明!A3 100.00']);
    expect(run('实行绩效目标管理的项目1个，涉及当年财政拨款1,000,000.00元。')).toEqual(['情况说明!A3 800000.00']);
  });

  it('is quiet without any 绩效目标表 in the workbook (targets published apart)', () => {
    expect(findingsOf([narrativeSheet('共3个项目实行绩效目标管理，涉及资金300万元。')], [targetCoverage])).toEqual([]);
  });
});

describe('item 2: titles that are titles', () => {
  it('keeps a title whose bracketed remark holds a comma', () => {
    const grid = gridFromRows('5一般', [
      ['一般公共预算财政拨款支出表（按功能分类，单位：万元）'],
      ['科目编码', '科目名称', '合计', '基本支出', '项目支出'],
      ['201', '一般公共服务支出', 10, 10, null],
    ]);
    expect(validateWorkbook([grid]).tables.map((t) => t.kind)).toEqual(['budget.general-expenditure']);
  });

  it('does not take a table cell ending in 绩效目标表 for a title', () => {
    const grid = gridFromRows('清单', [
      ['序号', '文件', '说明'],
      [1, '项目支出绩效目标表', '已报送财政局审核'],
    ]);
    expect(validateWorkbook([grid]).tables).toEqual([]);
  });
});

describe('issue 8 defects in the 上海 layout: direction words with no figure or baseline', () => {
  it.each(['提高', '降低', '提升'])('finds “%s” as a 质量 value, and accepts “较上年%s5%”', (word) => {
    const withValue = (value: string) =>
      buildSheet(SHANGHAI, {
        sheet: 'P',
        indicators: (l) => cleanIndicatorsOf(l).map((i) => (i.name === '设备验收合格率' ? { ...i, value } : i)),
      });
    const vague = (value: string) => {
      const rendered = withValue(value);
      return validateWorkbook([rendered.grid])
        .findings.filter((f) => f.ruleId === 'indicator/vague-value')
        .map((f) => `${f.cell} ${f.severity}`);
    };
    expect(vague(word)).toEqual([`${withValue(word).values.get('设备验收合格率')} warning`]);
    expect(vague(`较上年${word}5%`)).toEqual([]);
  });
});
