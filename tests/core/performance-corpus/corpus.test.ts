/**
 * The corpus: every layout of catalogue.ts read and checked twice — a clean twin that must give no
 * error and no indicator/funds/recognition warning, and a copy with defects planted at known cells,
 * each found exactly once by the rule that owns it.
 */
import { validateWorkbook } from '../../../src/core/validate';
import { LAYOUTS } from './catalogue';
import type { Indicator, Layout } from './layouts';
import { buildSheet, cleanFacts, cleanIndicators } from './layouts';

const CHECKED_FAMILIES = /^(indicator|funds|structure\/unrecognized)/;

function defectsOf(report: ReturnType<typeof validateWorkbook>): string[] {
  return report.findings
    .filter((f) => f.severity !== 'info' && CHECKED_FAMILIES.test(f.ruleId))
    .map((f) => `${f.sheet}!${f.cell} ${f.ruleId}`);
}

/** The planted defects: a value that is not money, a bare direction word, a rate as a quantity and a time. */
function defective(layout: Layout): Indicator[] {
  return cleanIndicators(layout).map((i) => {
    if (i.name === '设备购置费') return { ...i, value: '合理' };
    if (i.name === '设备验收合格率') return { ...i, value: '提升', format: undefined, shown: undefined };
    if (i.name === '设备购置数量') return { ...i, name: '设备购置完成率', value: '=100.00(%)' };
    if (i.name === '项目完成时间') return { ...i, value: '=100.00(%)' };
    return i;
  });
}

describe.each(LAYOUTS.map((l) => [l.id, l] as const))('layout %s', (_id, layout) => {
  const kind = layout.block === 'none' ? 'performance.department' : 'performance.project';

  it('reads every indicator of the clean twin and finds no error and no warning', () => {
    const { grid } = buildSheet(layout);
    const report = validateWorkbook([grid]);
    const projects = layout.projects ?? 1;
    expect(report.tables.map((t) => t.kind)).toEqual(new Array(projects).fill(kind));
    expect(report.summary.errors).toBe(0);
    expect(defectsOf(report)).toEqual([]);
  });

  it('finds each planted defect once, at its cell', () => {
    const blank = layout.labels === 'merged' && layout.block !== 'none';
    const rendered = buildSheet(layout, {
      indicators: defective,
      ...(blank ? { blankLevel1Of: '业务办理时长' } : {}),
      facts: (l, i) =>
        layout.block === 'shanghai' ? { ...cleanFacts(l, i), goal: cleanFacts(l, i).overallGoal } : cleanFacts(l, i),
    });
    const sheet = rendered.grid.name;
    const at = (name: string) => `${sheet}!${rendered.values.get(name)} indicator/vague-value`;
    const expected = [at('设备购置费'), at('设备购置完成率'), at('设备验收合格率'), at('项目完成时间')];
    if (blank)
      expected.push(
        `${sheet}!${rendered.level1Cells.get(layout.effectAlias ? '效果指标' : '效益指标')} indicator/taxonomy`,
      );
    if (layout.block === 'shanghai') expected.push(`${sheet}!${rendered.cells.goal} indicator/vague-value`);
    const found = defectsOf(validateWorkbook([rendered.grid]));
    // Stacked projects repeat the same defects; the last project's cells are the ones recorded.
    expect(found.filter((f) => expected.includes(f)).sort()).toEqual([...expected].sort());
    expect(found).toHaveLength(expected.length * (layout.projects ?? 1));
  });
});

describe.each(LAYOUTS.filter((l) => l.block !== 'none' && l.block !== 'hebei').map((l) => [l.id, l] as const))(
  'layout %s: a mistyped 年度资金总额',
  (_id, layout) => {
    it('is funds/split’s one finding, not also a cost-total one', () => {
      const rendered = buildSheet(layout, {
        facts: (l, i) => ({ ...cleanFacts(l, i), annual: cleanFacts(l, i).annual * 2 }),
      });
      const sheet = rendered.grid.name;
      const found = defectsOf(validateWorkbook([rendered.grid]));
      expect(found).toContain(`${sheet}!${rendered.cells.annual} funds/split`);
      expect(found).toHaveLength(layout.projects ?? 1);
    });
  },
);

it('the corpus holds at least 20 layouts', () => {
  expect(LAYOUTS.length).toBeGreaterThanOrEqual(20);
});
