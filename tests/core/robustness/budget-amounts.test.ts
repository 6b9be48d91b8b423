/**
 * Amounts spelled as publishers type them — text with thousands separators, full-width digits,
 * negatives, dashes, #REF! — and workbooks mixing 元 and 万元 tables: exact comparisons, no false
 * arithmetic errors, and the real mistakes still found.
 */
import type { SheetGrid } from '../../../src/core/grid/types';
import { loadPingxiang } from '../helpers/fixtures';
import { amountsAsText, amountsFullWidth, changeSheet, edit, wanToYuan } from '../helpers/mutate';
import { findingsOf, where } from '../helpers/run';
import { BUDGET_RULES, GENERAL } from './budget-sheet';

const AMOUNTS = 'C6:M60';

function ruleCells(findings: { ruleId: string; sheet: string; cell: string }[]): string[] {
  return findings.map((f) => `${f.ruleId} ${f.sheet}!${f.cell}`);
}

describe('amount spellings', () => {
  it.each([
    ['"1,075,400.00" text in a 元 table', (g: SheetGrid) => amountsAsText(wanToYuan(g, AMOUNTS), AMOUNTS)],
    ['full-width "１０７．５４"', (g: SheetGrid) => amountsFullWidth(g, AMOUNTS)],
  ])('%s: clean, and a mistyped 行政运行 is still found', async (_, spell) => {
    const grids = changeSheet(await loadPingxiang(), GENERAL, spell);
    const findings = findingsOf(grids, BUDGET_RULES);
    expect(ruleCells(findings).filter((c) => !c.startsWith('structure/unit'))).toEqual([]);
    const mistyped = findingsOf(edit(grids, GENERAL, { D9: '６１．４' }), BUDGET_RULES);
    expect(ruleCells(mistyped).filter((c) => !c.startsWith('structure/unit'))).toEqual([
      `sum/hierarchy ${GENERAL}!D8`,
      `sum/columns ${GENERAL}!D9`,
    ]);
  });

  it('negative amounts (a 冲减) add up like any other', async () => {
    const grids = edit(await loadPingxiang(), GENERAL, { D9: -61.04, E9: -61.04 });
    const findings = findingsOf(grids, BUDGET_RULES);
    expect(findings.find((f) => f.cell === 'D8')?.message).toContain('应为 -31.04，实为 91.04');
  });

  it('"—" in a total cell reads as empty, so the missing 项目支出 total is reported', async () => {
    const findings = findingsOf(edit(await loadPingxiang(), GENERAL, { F6: '—' }), BUDGET_RULES);
    expect(ruleCells(findings)).toEqual(
      expect.arrayContaining([`sum/total-row ${GENERAL}!F6`, `sum/columns ${GENERAL}!D6`]),
    );
  });

  it.each([
    ['1收支总表', 'C37'],
    ['2收入总表', 'D6'],
    [GENERAL, 'D6'],
    ['4财政拨款收支总表', 'E42'],
  ])('#REF! in the total of %s is one invalid-cell error and no arithmetic guess', async (sheet, cell) => {
    const findings = findingsOf(edit(await loadPingxiang(), sheet, { [cell]: '#REF!' }), BUDGET_RULES);
    expect(ruleCells(findings)).toEqual([`structure/invalid-cell ${sheet}!${cell}`]);
  });
});

describe('workbooks in 元', () => {
  it('every table in 元 except one 万元 table: no finding (each table states its own unit), exact cross comparisons', async () => {
    const grids = (await loadPingxiang()).map((g) => (g.name === GENERAL ? g : wanToYuan(g, AMOUNTS)));
    const findings = findingsOf(grids, BUDGET_RULES);
    expect(ruleCells(findings)).toEqual([]);
    // 一般公共服务支出 off by 1 元 in the 元 tables only: a real difference, not rounding.
    const off = findingsOf(edit(grids, '4财政拨款收支总表', { E6: 910401, F6: 910401 }), BUDGET_RULES);
    const cross = off.filter((f) => f.ruleId === 'cross/total-mismatch');
    expect(cross.map((f) => `${f.sheet}!${f.cell}`)).toContain('4财政拨款收支总表!F6');
  });

  it('a 元 workbook whose notes and narrative speak in 万元 raises no unit or arithmetic finding', async () => {
    const grids = (await loadPingxiang()).map((g) => wanToYuan(g, AMOUNTS));
    const noted = edit(grids, GENERAL, { A21: '注：本表合计 107.54 万元。' });
    expect(findingsOf(noted, BUDGET_RULES)).toEqual([]);
    expect(where(findingsOf(edit(noted, GENERAL, { D9: 614000 }), BUDGET_RULES))).toEqual([
      `${GENERAL}!D8`,
      `${GENERAL}!D9`,
    ]);
  });
});
