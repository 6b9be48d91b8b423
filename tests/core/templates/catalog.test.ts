import { evaluateMissingValues } from '../../../src/core/formula/missing';
import { parseFormula } from '../../../src/core/formula/parse';
import { parseA1 } from '../../../src/core/grid/address';
import { findRegions } from '../../../src/core/recognize/region';
import { classifyTitle } from '../../../src/core/recognize/titles';
import type { SheetDraft } from '../../../src/core/templates/draft';
import { buildTemplate, listTemplates, UnknownTemplateError } from '../../../src/core/templates/catalog';
import { FUNCTION_CLASSES } from '../../../src/core/templates/budget/lines';
import { draftToGrid } from '../../../src/core/templates/grid';
import { BASIS_OPTIONS, LEVEL1_NAMES, LEVEL2_NAMES } from '../../../src/core/templates/performance/indicators';
import { STANDARD_BUDGET_KINDS } from '../../../src/core/tables/kinds';
import { validateWorkbook } from '../../../src/core/validate';

const OPTIONS = { unitName: '中共平乡县委网络安全和信息化委员会办公室', year: 2023, unit: '万元' as const };
const TEMPLATES = listTemplates().filter((t) => t.kind);

const texts = (draft: SheetDraft) => draft.cells.map((c) => c.value).filter((v): v is string => typeof v === 'string');

describe('listTemplates', () => {
  it('offers the nine budget tables, four 绩效目标 layouts and the full set', () => {
    const ids = listTemplates().map((t) => t.id);
    expect(ids[0]).toBe('all');
    expect(TEMPLATES.filter((t) => t.group === 'budget').map((t) => t.kind)).toEqual(STANDARD_BUDGET_KINDS);
    expect(TEMPLATES.filter((t) => t.group === 'performance')).toHaveLength(4);
    for (const t of listTemplates()) expect(t.name && t.description).toBeTruthy();
  });

  it('says which disclosure each template belongs to (the pane names its year by it)', () => {
    const documentOf = (id: string) => listTemplates().find((t) => t.id === id)?.document;
    expect(['all', 'budget-summary', 'budget-three-public'].map(documentOf)).toEqual(['budget', 'budget', 'budget']);
    expect(['final-all', 'final-summary', 'final-three-public'].map(documentOf)).toEqual(['final', 'final', 'final']);
    expect(documentOf('performance-hebei')).toBeUndefined();
  });

  it('rejects an unknown id', () => {
    expect(() => buildTemplate('nope', OPTIONS)).toThrow(UnknownTemplateError);
  });
});

describe.each(TEMPLATES.map((t) => [t.id, t] as const))('%s', (_id, template) => {
  const drafts = buildTemplate(template.id, { ...OPTIONS, projects: 2 });

  it('is recognized as its kind, with its year, unit and unit name, and has no errors', () => {
    const report = validateWorkbook(drafts.map((d) => draftToGrid(d)));
    expect(report.tables.map((t) => t.kind)).toEqual(drafts.map(() => template.kind));
    expect(report.skipped).toEqual([]);
    expect(report.warnings).toEqual([]);
    // An empty 项目 绩效目标表 reports its empty 必填 categories (the pane shows them as 待填写), nothing else.
    const errors = report.findings.filter((f) => f.severity === 'error');
    const pending = errors.filter((f) => f.ruleId === 'indicator/required-missing');
    expect(errors.filter((f) => !pending.includes(f))).toEqual([]);
    if (template.kind !== 'performance.project') expect(pending).toEqual([]);
    for (const f of pending) {
      const grid = draftToGrid(drafts.find((d) => d.name === f.sheet)!);
      const { row, col } = parseA1(f.cell);
      expect(LEVEL2_NAMES.some((name) => String(grid.values[row][col]).startsWith(name))).toBe(true);
    }
    for (const draft of drafts) expect(classifyTitle(String(draft.cells[0].value))).toBe(template.kind);
    expect(texts(drafts[0]).join('|')).toContain('2023');
  });

  it('has formulas the evaluator computes, merges inside the sheet that never overlap', () => {
    for (const draft of drafts) {
      for (const cell of draft.cells) if (cell.formula) expect(() => parseFormula(cell.formula!)).not.toThrow();
      expect(evaluateMissingValues(draftToGrid(draft)).readWarnings).toBeUndefined();
      const width = draft.columnWidths.length;
      draft.merges.forEach((m, i) => {
        expect(m.right).toBeLessThan(width);
        for (const other of draft.merges.slice(i + 1))
          expect(m.bottom < other.top || other.bottom < m.top || m.right < other.left || other.right < m.left).toBe(
            true,
          );
      });
      expect(draft.print.fitToWidth).toBe(true);
      expect(draft.print.repeatRows?.top).toBe(0);
      expect(draft.name.length).toBeLessThanOrEqual(31);
    }
  });
});

describe('budget templates', () => {
  it('收支总表 lists the nine income sources and all 31 功能分类 类', () => {
    const [draft] = buildTemplate('budget-summary', OPTIONS);
    expect(FUNCTION_CLASSES).toHaveLength(31);
    expect(FUNCTION_CLASSES[30]).toBe('三十一、人行科目');
    for (const label of [...FUNCTION_CLASSES, '九、其他收入', '收入总计', '支出总计'])
      expect(texts(draft)).toContain(label);
  });

  it('the full set inserts the nine tables with distinct names, each with a 单位 line', () => {
    const drafts = buildTemplate('all', OPTIONS);
    expect(drafts).toHaveLength(9);
    expect(new Set(drafts.map((d) => d.name)).size).toBe(9);
    for (const d of drafts)
      expect(texts(d)).toEqual(
        expect.arrayContaining(['单位：万元', '预算年度：2023', `单位名称：${OPTIONS.unitName}`]),
      );
  });

  it('the meta line gives every table its unit name, year and unit, whatever the name looks like', () => {
    for (const draft of [
      ...buildTemplate('all', { ...OPTIONS, unitName: '巨鹿县第一中学', unit: '元' }),
      ...buildTemplate('performance-hebei', { ...OPTIONS, unitName: '巨鹿县第一中学', unit: '元' }),
    ]) {
      const [region] = findRegions(draftToGrid(draft));
      expect([draft.name, region.unitName?.value, region.year?.value, region.unit?.value]).toEqual([
        draft.name,
        '巨鹿县第一中学',
        2023,
        '元',
      ]);
    }
  });

  it('政府性基金 and 国有资本经营 tables carry their 空表列示 note', () => {
    for (const id of ['budget-fund-expenditure', 'budget-capital-expenditure'])
      expect(texts(buildTemplate(id, OPTIONS)[0]).some((t) => t.includes('空表列示'))).toBe(true);
  });

  it('三公 splits the car costs, and the unit follows the option', () => {
    const [draft] = buildTemplate('budget-three-public', { ...OPTIONS, unit: '元', unitName: '' });
    const labels = texts(draft).map((t) => t.trim());
    expect(labels).toEqual(
      expect.arrayContaining(['单位：元', '其中：（1）公务用车购置费', '（2）公务用车运行维护费']),
    );
    expect(labels).not.toContain('');
  });

  it('codeRows sets the number of blank 科目 rows', () => {
    const rows = (n?: number) =>
      draftToGrid(buildTemplate('budget-general-expenditure', { ...OPTIONS, codeRows: n })[0]).values.length;
    expect(rows(5) + 15).toBe(rows(20));
    expect(rows()).toBe(rows(20));
  });
});

describe('绩效目标表 templates', () => {
  it('宁夏 prints every category with its 必填/选填 mark', () => {
    const labels = texts(buildTemplate('performance-ningxia', OPTIONS)[0]);
    for (const mark of [
      '数量指标（必填硬性指标）',
      '成本指标（必填硬性指标）',
      '经济效益指标（选填）',
      '生态效益指标（选填）',
      '服务对象满意度指标（必填）',
    ])
      expect(labels).toContain(mark);
  });

  it('河北 has 项目编码, 预算数 as a formula, 资金支出计划 as percentages and a 指标值确定依据 list', () => {
    const [draft] = buildTemplate('performance-hebei', { ...OPTIONS, indicatorRows: 3 });
    expect(texts(draft)).toEqual(expect.arrayContaining(['项目编码', '预算数', '资金支出计划（%）', '指标值确定依据']));
    const grid = draftToGrid(draft);
    const planRow = grid.values.findIndex((r) => r[1] === '3月底') + 1;
    expect([1, 2, 3, 5].map((c) => grid.numberFormat![planRow][c])).toEqual(['0%', '0%', '0%', '0%']);
    expect(draft.validations.map((v) => v.list)).toEqual(expect.arrayContaining([LEVEL1_NAMES, BASIS_OPTIONS]));
    const basis = draft.validations.find((v) => v.list === BASIS_OPTIONS)!;
    expect(basis.range.bottom - basis.range.top + 1).toBe(7 * 3); // 7 categories × 3 rows
    expect(draft.cells.find((c) => c.formula)?.formula).toBe('=E4+G4');
  });

  it('财政部 2021 makes 成本指标 a 一级 with 经济/社会/生态环境成本', () => {
    const grid = draftToGrid(buildTemplate('performance-mof2021', OPTIONS)[0]);
    const row = grid.values.findIndex((r) => r[0] === '成本指标');
    expect(
      grid.values
        .slice(row, row + 6)
        .map((r) => r[1])
        .filter(Boolean),
    ).toEqual(['经济成本指标', '社会成本指标', '生态环境成本指标']);
  });

  it('projects sets the number of sheets', () => {
    expect(buildTemplate('performance-hebei', { ...OPTIONS, projects: 3 }).map((d) => d.name)).toEqual([
      '项目1绩效目标表',
      '项目2绩效目标表',
      '项目3绩效目标表',
    ]);
  });
});
