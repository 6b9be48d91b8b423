import { rounding } from '../../../../src/core/rules/sum/rounding';
import { sumRules } from '../../../../src/core/rules/sum';
import { identitiesOf } from '../../../../src/core/rules/sum/identities';
import { findRegions } from '../../../../src/core/recognize/region';
import { tableBuilders } from '../../../../src/core/tables/builders';
import type { AnyTable } from '../../../../src/core/tables/models';
import { loadPingxiang } from '../../helpers/fixtures';
import { edit } from '../../helpers/mutate';
import { findingsOf, where } from '../../helpers/run';

const GENERAL = '5一般公共预算支出表';

describe('sum/rounding', () => {
  it('is quiet on pingxiang, whose identities all hold exactly', async () => {
    const grids = await loadPingxiang();
    expect(findingsOf(grids, rounding)).toEqual([]);
    // The quiet result means something: pingxiang has many identities to check.
    const tables = grids.flatMap((grid) =>
      findRegions(grid).map((region) => tableBuilders[region.kind]?.({ grid, region, warn: () => undefined })),
    );
    const checked = tables.filter((t): t is AnyTable => t !== undefined).map(identitiesOf);
    const byFamily = { hierarchy: 0, 'total-row': 0, columns: 0, balance: 0 };
    for (const c of checked)
      for (const family of Object.keys(byFamily) as (keyof typeof byFamily)[]) byFamily[family] += c.checked[family];
    expect(Object.values(byFamily).reduce((a, b) => a + b)).toBeGreaterThan(150);
    expect(Object.values(byFamily).every((n) => n > 0)).toBe(true);
    expect(checked.flatMap((c) => c.failures)).toEqual([]);
  });

  it('reports differences within 0.01 per term as info, and the strict rules stay quiet', async () => {
    const grids = edit(await loadPingxiang(), GENERAL, { D9: 61.05 });
    const findings = findingsOf(grids, sumRules);
    expect(findings.every((f) => f.ruleId === 'sum/rounding' && f.severity === 'info')).toBe(true);
    expect(where(findings)).toEqual([`${GENERAL}!D8`, `${GENERAL}!D9`]);
    expect(findings[0]).toMatchObject({ expected: '91.05', actual: '91.04' });
    expect(findings[0].message).toContain('四舍五入');
  });

  it('hands a difference beyond the tolerance to the strict rule', async () => {
    const grids = edit(await loadPingxiang(), GENERAL, { D9: 61.08 });
    const findings = findingsOf(grids, sumRules);
    expect(findings.map((f) => f.ruleId).sort()).toEqual(['sum/columns', 'sum/hierarchy']);
  });

  it('scales the tolerance with the unit: 0.01 元 in a 元 table', async () => {
    const grids = edit(await loadPingxiang(), GENERAL, { F2: '单位：元', D6: 107.55, D7: 91.04, E6: 77.54 });
    const findings = findingsOf(grids, rounding);
    // 合计行 and 合计 = 基本 + 项目 both end at D6: one note for the cell.
    expect(where(findings)).toEqual([`${GENERAL}!D6`]);
    expect(findings[0].message).toContain('单位：元');
  });
});
