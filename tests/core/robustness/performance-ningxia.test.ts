/**
 * 宁夏 and 河北 project sheets respelled and damaged in code: label and value spellings must not
 * produce findings, while real defects (a floor on a cost, a missing category) still must.
 */
import { parseA1 } from '../../../src/core/grid/address';
import type { SheetGrid } from '../../../src/core/grid/types';
import { indicatorRules } from '../../../src/core/rules/indicator';
import { costOperator } from '../../../src/core/rules/indicator/cost-operator';
import { emptyValue } from '../../../src/core/rules/indicator/empty-value';
import { requiredMissing } from '../../../src/core/rules/indicator/required-missing';
import { taxonomy } from '../../../src/core/rules/indicator/taxonomy';
import { valueFormat } from '../../../src/core/rules/indicator/value-format';
import { JULU, PINGLUO, SHAPOTOU, loadFixture, sheetNamed } from '../helpers/fixtures';
import { applyFix, changeSheet, deleteRows, edit } from '../helpers/mutate';
import { findingsOf, where } from '../helpers/run';

const SP1 = '项目1-网络安全与信息化工作经费';
const PL1 = '项目1-电子政务外网光纤专线线路租用费';
const JL1 = '项目1-工作经费';

/** Findings on one sheet only: the fixtures' other sheets keep their own real mistakes. */
const on = (sheet: string, findings: ReturnType<typeof findingsOf>) => findings.filter((f) => f.sheet === sheet);

/** The grid with one cell's number format set (as a user formatting the cell would). */
function withFormat(grid: SheetGrid, a1: string, format: string): SheetGrid {
  const out = structuredClone(grid);
  const { row, col } = parseA1(a1);
  out.numberFormat ??= out.values.map((line) => line.map(() => 'General'));
  while (out.numberFormat.length <= row) out.numberFormat.push([]);
  out.numberFormat[row][col] = format;
  return out;
}

describe('宁夏 labels spelled differently', () => {
  it('reads 产出指标(必填), 效果指标, 社会效益, 满意度指标 / 服务对象满意度 as their categories', async () => {
    const original = await loadFixture(SHAPOTOU);
    const respelled = edit(original, SP1, {
      B12: '产出指标(必填)',
      B26: '效果指标',
      C27: '社会效益（必填）',
      C30: '可持续影响',
      C32: '满意度指标 / 服务对象满意度（必填）',
    });
    const rules = [requiredMissing, taxonomy];
    expect(where(findingsOf(respelled, rules))).toEqual(where(findingsOf(original, rules)));
  });

  it('carries an 一级 written only in the first row of its block (no merge)', async () => {
    const grids = changeSheet(await loadFixture(PINGLUO), PL1, (g) => ({
      ...g,
      merges: g.merges.filter((m) => !(m.left === 1 && m.top >= 11)),
    }));
    expect(on(PL1, findingsOf(grids, [requiredMissing, taxonomy]))).toEqual([]);
  });
});

describe('宁夏 values spelled differently', () => {
  it('raises no format, cost or vagueness finding for well-formed spellings', async () => {
    let grids = edit(await loadFixture(PINGLUO), PL1, {
      E13: '98%以上',
      E14: 1,
      E15: '2小时内',
      E16: '17万元以内',
      E19: '≥９８％',
      E20: '95%（含）',
    });
    grids = changeSheet(grids, PL1, (g) => withFormat(g, 'E14', '0%'));
    // E17 and E18 keep their real "提升", which vague-value rightly reports.
    const findings = on(PL1, findingsOf(grids, indicatorRules)).filter((f) => /^E(1[3-69]|20)$/.test(f.cell));
    expect(findings.map((f) => `${f.ruleId} ${f.cell}`)).toEqual([]);
  });

  it('reads 98 under a literal-% format as 98%, not 9800%', async () => {
    const grids = changeSheet(edit(await loadFixture(PINGLUO), PL1, { E20: 98 }), PL1, (g) =>
      withFormat(g, 'E20', '0"%"'),
    );
    expect(findingsOf(grids, [valueFormat]).filter((f) => f.cell === 'E20')).toEqual([]);
  });

  it('accepts 达到95% as a satisfaction target', async () => {
    const grids = edit(await loadFixture(PINGLUO), PL1, { E20: '达到95%' });
    expect(findingsOf(grids, [valueFormat]).filter((f) => f.cell === 'E20')).toEqual([]);
  });

  it('still finds a floor on a cost written with a suffix, and proposes the ceiling', async () => {
    const findings = findingsOf(edit(await loadFixture(PINGLUO), PL1, { E16: '17万元以上' }), [costOperator]);
    expect(where(findings)).toEqual([`${PL1}!E16`]);
    expect(findings[0]).toMatchObject({ expected: '≤17万元', actual: '17万元以上' });
  });

  it('still finds 100%以上 on a rate', async () => {
    const findings = findingsOf(edit(await loadFixture(PINGLUO), PL1, { E13: '100%以上' }), [valueFormat]);
    expect(findings.map((f) => f.cell)).toContain('E13');
  });
});

describe('a mandatory category with only "指标1:" placeholders', () => {
  it('is an error on the placeholder (empty-value), not a second missing-category finding', async () => {
    const grids = edit(await loadFixture(PINGLUO), PL1, { D16: '指标1:', E16: null });
    const findings = on(PL1, findingsOf(grids, [requiredMissing, emptyValue]));
    expect(findings.map((f) => `${f.ruleId} ${f.cell} ${f.severity}`)).toEqual(['indicator/empty-value D16 error']);
  });
});

describe('a mandatory category entirely absent', () => {
  it('宁夏: inserts 成本指标 where it belongs, before 社会效益', async () => {
    const grids = deleteRows(await loadFixture(PINGLUO), PL1, 16, 16);
    const findings = on(PL1, findingsOf(grids, [requiredMissing]));
    expect(where(findings)).toEqual([`${PL1}!C16`]);
    const fix = findings[0].fix!;
    expect(fix).toMatchObject({ beforeRow: 15, startCol: 1 });
    expect(fix.rows[0].slice(0, 2)).toEqual(['产出指标', '成本指标（必填）']);
    const fixed = on(PL1, findingsOf(applyFix(grids, fix), [requiredMissing]));
    // Once inserted, the category is there but still empty: the finding moves to its label.
    expect(where(fixed)).toEqual([`${PL1}!C16`]);
    expect(fixed[0].fix).toBeUndefined();
    expect(fixed[0].message).toContain('下没有填写任何指标');
  });

  it('宁夏: inserts a missing 时效指标 inside the 产出 block, before 成本', async () => {
    const grids = deleteRows(await loadFixture(PINGLUO), PL1, 15, 15);
    const findings = on(PL1, findingsOf(grids, [requiredMissing]));
    expect(findings[0].fix).toMatchObject({ beforeRow: 14 });
    expect(findings[0].fix!.rows[0][1]).toBe('时效指标（必填）');
  });

  it('河北: inserts 成本指标 before 社会效益指标 with the 一级 in column A', async () => {
    const grids = deleteRows(await loadFixture(JULU), JL1, 13, 13);
    const findings = on(JL1, findingsOf(grids, [requiredMissing]));
    expect(where(findings)).toEqual([`${JL1}!B13`]);
    const fix = findings[0].fix!;
    expect(fix).toMatchObject({ beforeRow: 12, startCol: 0 });
    expect(fix.rows[0].slice(0, 2)).toEqual(['产出指标', '成本指标']);
    expect(fix.rows[0]).toHaveLength(7);
    const fixed = applyFix(grids, fix);
    expect(sheetNamed(fixed, JL1).values[12][1]).toBe('成本指标');
    expect(where(on(JL1, findingsOf(fixed, [requiredMissing])))).toEqual([`${JL1}!B13`]);
  });

  it('河北: appends a missing 服务对象满意度指标 after the last row', async () => {
    const grids = deleteRows(await loadFixture(JULU), JL1, 16, 16);
    const findings = on(JL1, findingsOf(grids, [requiredMissing]));
    expect(findings[0].fix).toMatchObject({ beforeRow: 15 });
    expect(findings[0].fix!.rows[0].slice(0, 2)).toEqual(['满意度指标', '服务对象满意度指标']);
  });
});

describe('indicator header spellings', () => {
  it.each(['指标值（包含数字及文字描述）', '年度指标值', '绩效指标值', '指 标 值'])(
    'finds the table under a 指标值 header written "%s"',
    async (header) => {
      const grids = edit(await loadFixture(PINGLUO), PL1, { E11: header });
      expect(on(PL1, findingsOf(grids, [requiredMissing]))).toEqual([]);
    },
  );

  it('treats bare figures under "指标值（%）" as percentages', async () => {
    const grids = edit(await loadFixture(PINGLUO), PL1, { E11: '指标值（%）', E20: 95 });
    expect(on(PL1, findingsOf(grids, [valueFormat])).filter((f) => f.cell === 'E20')).toEqual([]);
  });
});

describe('floors under 成本 that are not money', () => {
  it('leaves a savings rate (≥5%) alone but still finds ≥17万元', async () => {
    const grids = edit(await loadFixture(PINGLUO), PL1, { D16: '成本节约率', E16: '≥5%' });
    expect(on(PL1, findingsOf(grids, [costOperator]))).toEqual([]);
    const money = edit(await loadFixture(PINGLUO), PL1, { E16: '≥17万元' });
    expect(where(on(PL1, findingsOf(money, [costOperator])))).toEqual([`${PL1}!E16`]);
  });
});

describe('absent categories at the end of a 宁夏 table', () => {
  it('inserts 服务对象满意度指标 before 综合评定等级', async () => {
    const grids = deleteRows(await loadFixture(SHAPOTOU), SP1, 32, 34);
    const findings = on(SP1, findingsOf(grids, [requiredMissing]));
    expect(where(findings)).toEqual([`${SP1}!C32`]);
    expect(findings[0].fix).toMatchObject({ beforeRow: 31, startCol: 1 });
    expect(sheetNamed(grids, SP1).values[31][0]).toBe('综合评定等级');
  });

  it('reports each 必填 效益 category of a deleted 效益 block, both before 满意度', async () => {
    const grids = deleteRows(await loadFixture(SHAPOTOU), SP1, 26, 31);
    const findings = on(SP1, findingsOf(grids, [requiredMissing]));
    expect(findings.map((f) => f.expected)).toEqual(['社会效益指标', '可持续影响指标']);
    expect(findings.map((f) => f.fix!.beforeRow)).toEqual([25, 25]);
    expect(findings[0].fix!.rows[0].slice(0, 2)).toEqual(['效益指标', '社会效益指标（必填）']);
  });
});
