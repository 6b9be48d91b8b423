/**
 * Titles, meta rows and sheet layouts of other provinces' budget workbooks, derived from pingxiang:
 * every table is still recognized with its unit and year, nothing is reported when the figures are
 * the consistent originals, and an injected mistake is still found.
 */
import { gridFromRows } from '../../../src/core/grid/access';
import type { SheetGrid } from '../../../src/core/grid/types';
import { classifyTitle } from '../../../src/core/recognize/titles';
import { validateWorkbook } from '../../../src/core/validate';
import { loadPingxiang, sheetNamed } from '../helpers/fixtures';
import { changeSheet, edit, replaceSheet, shiftGrid } from '../helpers/mutate';
import { findingsOf, where } from '../helpers/run';
import { BUDGET_RULES, GENERAL } from './budget-sheet';

const BASIC = '6一般公共预算基本支出表';
const THREE_PUBLIC = '9三公经费支出表';

describe('budget titles and meta rows of other provinces', () => {
  it.each([
    ['1收支总表', '表1 2023年部门收支总表'],
    ['1收支总表', '附表1：部门预算收支总表'],
    ['3支出总表', '附表3：部门预算支出总表'],
    ['2收入总表', '中共平乡县委网络安全和信息化委员会办公室2023年部门收入总表'],
    [THREE_PUBLIC, '部门预算财政拨款“三公”经费支出表'],
    [THREE_PUBLIC, '部门预算财政拨款"三公"经费支出表'],
    [THREE_PUBLIC, '部门预算财政拨款三公经费支出表'],
    [THREE_PUBLIC, '部门预算财政拨款‘三公’经费支出表'],
    [THREE_PUBLIC, '一般公共预算「三公」经费支出情况表'],
    [THREE_PUBLIC, '财政拨款『三公』经费支出表'],
  ])('%s titled "%s" is recognized and clean', async (sheet, title) => {
    const grids = edit(await loadPingxiang(), sheet, { A1: title });
    const report = validateWorkbook(grids, { rules: BUDGET_RULES });
    expect(report.skipped).toEqual([]);
    expect(report.findings).toEqual([]);
  });

  it('reads the year of a "表1 2024年…" title, so a year that disagrees is reported', async () => {
    const findings = findingsOf(
      edit(await loadPingxiang(), '1收支总表', { A1: '表1 2024年部门收支总表' }),
      BUDGET_RULES,
    );
    expect(findings.map((f) => `${f.ruleId} ${f.sheet}!${f.cell}`)).toEqual(['structure/year 1收支总表!A1']);
  });

  it.each(['单位:万元', '金额单位：万元', '金额单位:万元', '单位：万元 '])(
    'reads the unit "%s" on the right of the meta row',
    async (unit) => {
      const report = validateWorkbook(edit(await loadPingxiang(), GENERAL, { F2: unit }), { rules: BUDGET_RULES });
      expect(report.tables.find((t) => t.sheet === GENERAL)?.unit).toBe('万元');
      expect(report.findings).toEqual([]);
    },
  );

  it('a unit written in the title, or in a header cell, instead of a meta row', async () => {
    const grids = await loadPingxiang();
    const inTitle = edit(grids, GENERAL, { A1: '部门预算一般公共预算财政拨款支出表（单位：万元）', F2: null });
    expect(findingsOf(inTitle, BUDGET_RULES)).toEqual([]);
    const inHeader = edit(grids, GENERAL, { F2: null, F3: '项目支出（单位：万元）', F4: '项目支出（万元）' });
    expect(findingsOf(inHeader, BUDGET_RULES)).toEqual([]);
    expect(where(findingsOf(edit(inHeader, GENERAL, { F10: 3 }), BUDGET_RULES))).toContain(`${GENERAL}!F8`);
  });

  it('a unit label alone changed to "单位:元" is no unit warning but cross errors that suspect the unit label', async () => {
    const findings = findingsOf(edit(await loadPingxiang(), GENERAL, { F2: '单位:元' }), BUDGET_RULES);
    expect(findings.filter((f) => f.ruleId === 'structure/unit')).toEqual([]);
    const cross = findings.filter((f) => f.ruleId === 'cross/total-mismatch');
    expect(cross.length).toBeGreaterThan(0);
    // 107.54 元 against 107.54 万元: the same digits point at the label, and the message says so.
    expect(cross.find((f) => f.sheet === '3支出总表' && f.cell === 'D6')?.message).toContain(
      '应为 0.010754，实为 107.54。两处数字相同而金额单位不同，可能是金额单位标错了。',
    );
  });
});

describe('budget sheet layouts', () => {
  it('a table whose title sits in column B under two blank rows', async () => {
    const grids = changeSheet(await loadPingxiang(), GENERAL, (g) => shiftGrid(g, 2, 1));
    expect(findingsOf(grids, BUDGET_RULES)).toEqual([]);
    // D9 (行政运行 合计) moved to E11.
    const mistyped = findingsOf(edit(grids, GENERAL, { E11: 61.4 }), BUDGET_RULES);
    expect(mistyped.map((f) => `${f.ruleId} ${f.cell}`)).toEqual(['sum/hierarchy E10', 'sum/columns E11']);
  });

  it('two tables stacked on one sheet are both read and checked', async () => {
    const grids = await loadPingxiang();
    const general = sheetNamed(grids, GENERAL);
    const basic = sheetNamed(grids, BASIC);
    const offset = general.values.length + 2;
    const stacked: SheetGrid = gridFromRows(GENERAL, [...general.values, [], [], ...basic.values], {
      merges: [
        ...general.merges,
        ...basic.merges.map((m) => ({ ...m, top: m.top + offset, bottom: m.bottom + offset })),
      ],
    });
    const workbook = replaceSheet(grids, stacked).filter((g) => g.name !== BASIC);
    const report = validateWorkbook(workbook, { rules: BUDGET_RULES });
    expect(report.tables.filter((t) => t.sheet === GENERAL).map((t) => t.kind)).toEqual([
      'budget.general-expenditure',
      'budget.general-basic',
    ]);
    expect(report.findings).toEqual([]);
    // The basic table's 合计 (D6 on its own sheet) is now D27: 77.54 → 77.45 breaks it and the cross check.
    const broken = findingsOf(edit(workbook, GENERAL, { D27: 77.45 }), BUDGET_RULES);
    expect(broken.map((f) => f.ruleId).sort()).toEqual(
      expect.arrayContaining(['cross/total-mismatch', 'sum/columns', 'sum/total-row']),
    );
    expect(broken.every((f) => f.sheet === GENERAL)).toBe(true);
  });

  it('a hidden stale copy of a table is skipped, so the published tables are compared with each other', async () => {
    const grids = await loadPingxiang();
    const stale: SheetGrid = {
      ...sheetNamed(edit(grids, GENERAL, { A1: '2022年部门预算一般公共预算财政拨款支出表', D6: 99, D7: 99 }), GENERAL),
      name: '2022年备份',
      visibility: 'hidden',
    };
    const report = validateWorkbook([stale, ...grids], { rules: BUDGET_RULES });
    expect(report.findings).toEqual([]);
    expect(report.skipped).toEqual([{ sheet: '2022年备份', reason: expect.stringContaining('隐藏') }]);
  });

  it('a hidden sheet holding the only copy of a table is still checked', async () => {
    const grids = changeSheet(await loadPingxiang(), GENERAL, (g) => ({ ...g, visibility: 'hidden' }));
    expect(findingsOf(grids, BUDGET_RULES)).toEqual([]);
    expect(where(findingsOf(edit(grids, GENERAL, { D9: 61.4 }), BUDGET_RULES))).toEqual([
      `${GENERAL}!D8`,
      `${GENERAL}!D9`,
    ]);
  });

  it('60,000 blank-ish rows under a table (spaces, dashes, pre-filled 序号 and zeros) cost no findings', async () => {
    const grids = await loadPingxiang();
    const general = sheetNamed(grids, GENERAL);
    const junk = Array.from({ length: 60_000 }, (_, i) =>
      i % 2 === 0 ? [null, ' ', '', '—', '-', null] : [i + 15, null, null, 0, null, null],
    );
    const started = Date.now();
    const findings = findingsOf(
      replaceSheet(grids, { ...general, values: [...general.values, ...junk] }),
      BUDGET_RULES,
    );
    expect(findings).toEqual([]);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it.each([
    ['一般公共预算“三公”经费支出预算表', 'budget.three-public'],
    ['部门收入预算表', 'budget.income'],
    ['部门支出预算表', 'budget.expenditure'],
    ['一般公共预算支出预算表', 'budget.general-expenditure'],
    ['一般公共预算基本支出预算表', 'budget.general-basic'],
    ['政府性基金预算支出预算表', 'budget.fund-expenditure'],
    ['国有资本经营预算支出预算表', 'budget.capital-expenditure'],
  ])('the "…预算表" title "%s" names %s', (title, kind) => {
    expect(classifyTitle(title)).toBe(kind);
  });

  it('「」 and 『』 quotes are stripped from titles like “” and ""', () => {
    expect(classifyTitle('2024年一般公共预算「三公」经费支出情况表')).toBe('budget.three-public');
    expect(classifyTitle('财政拨款『三公』经费支出表（单位：元）')).toBe('budget.three-public');
  });
});
