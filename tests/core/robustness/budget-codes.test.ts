/**
 * Coded tables laid out as other provinces publish them — codes as numbers, with spaces, split over
 * 类|款|项 columns, 合计 at the bottom, blank and 小计 rows — on pingxiang's figures: no finding when
 * the figures add up, and the mistyped 行政运行 still caught at 20137.
 */
import type { CellValue, SheetGrid } from '../../../src/core/grid/types';
import { loadPingxiang } from '../helpers/fixtures';
import { replaceSheet } from '../helpers/mutate';
import { findingsOf, where } from '../helpers/run';
import type { CodeLine } from './budget-sheet';
import { BUDGET_RULES, GENERAL, LINES, TOTAL, generalSheet, withMistypedLine } from './budget-sheet';

async function check(sheet: SheetGrid) {
  return findingsOf(replaceSheet(await loadPingxiang(), sheet), BUDGET_RULES);
}

const totalRow: CellValue[] = [null, '合计', ...TOTAL];
const rowsOf = (lines: readonly CodeLine[], code: (c: string) => CellValue = (c) => c): CellValue[][] =>
  lines.map(([c, ...rest]) => [code(c), ...rest]);

describe('coded budget tables in other layouts', () => {
  it('the 合计 row at the bottom', async () => {
    expect(await check(generalSheet([...rowsOf(LINES), totalRow]))).toEqual([]);
    const mistyped = await check(generalSheet([...rowsOf(withMistypedLine()), totalRow]));
    expect(where(mistyped)).toEqual([`${GENERAL}!C5`, `${GENERAL}!D5`]);
    expect(mistyped[0].message).toContain('应为 91.40，实为 91.04');
    const badTotal = await check(generalSheet([...rowsOf(LINES), [null, '合计', 107.45, 77.54, 30]]));
    expect(badTotal.filter((f) => f.sheet === GENERAL).map((f) => `${f.ruleId} ${f.cell}`)).toEqual([
      'sum/columns C17',
      'sum/total-row C17',
    ]);
  });

  it('codes stored as numbers (2013701) and as text with spaces or hyphens ("201 37 01", "201-37-01")', async () => {
    const spaced = (c: string) => [c.slice(0, 3), c.slice(3, 5), c.slice(5)].filter(Boolean).join(' ');
    const hyphened = (c: string) => [c.slice(0, 3), c.slice(3, 5), c.slice(5)].filter(Boolean).join('-');
    for (const code of [Number, spaced, hyphened, (c: string) => `${c}\u00a0`, toFullWidth]) {
      expect(await check(generalSheet([totalRow, ...rowsOf(LINES, code)]))).toEqual([]);
      const mistyped = await check(generalSheet([totalRow, ...rowsOf(withMistypedLine(), code)]));
      expect(where(mistyped)).toEqual([`${GENERAL}!C6`, `${GENERAL}!D6`]);
    }
  });

  it('blank separator rows before each 类 and a 小计 row', async () => {
    const separated = (lines: readonly CodeLine[]) =>
      rowsOf(lines).flatMap((row) => (String(row[0]).length === 3 ? [[], row] : [row]));
    expect(await check(generalSheet([totalRow, ...separated(LINES)]))).toEqual([]);
    expect(where(await check(generalSheet([totalRow, ...separated(withMistypedLine())])))).toEqual([
      `${GENERAL}!C7`,
      `${GENERAL}!D7`,
    ]);
    const subtotal: CellValue[] = [null, '小计', 91.04, 61.04, 30];
    const withSubtotal = rowsOf(LINES).flatMap((row) => (row[0] === '208' ? [subtotal, row] : [row]));
    expect(await check(generalSheet([totalRow, ...withSubtotal]))).toEqual([]);
  });

  describe('codes split over 类 | 款 | 项 columns', () => {
    const header = [
      ['科目编码', null, null, '科目名称', '合计', '基本支出', '项目支出'],
      ['类', '款', '项', null, null, null, null],
    ];
    const splitTotal: CellValue[] = [null, null, null, '合计', ...TOTAL];
    const split = (lines: readonly CodeLine[]) =>
      lines.map(([c, ...rest]) => [c.slice(0, 3), c.slice(3, 5) || null, c.slice(5) || null, ...rest]);

    it('with every part on every row', async () => {
      expect(await check(generalSheet([splitTotal, ...split(LINES)], header))).toEqual([]);
      const mistyped = await check(generalSheet([splitTotal, ...split(withMistypedLine())], header));
      expect(where(mistyped)).toEqual([`${GENERAL}!E7`, `${GENERAL}!F7`]);
    });

    /** 类 and 款 written once per group (as a vertically merged cell keeps them): blank below. */
    const grouped = (lines: readonly CodeLine[]) =>
      split(lines).map((row, i, all) => {
        const previous = all[i - 1];
        if (!previous) return row;
        const sameClass = row[0] === previous[0];
        const sameSection = sameClass && row[1] !== null && row[1] === previous[1];
        return [sameClass ? null : row[0], sameSection ? null : row[1], ...row.slice(2)];
      });

    it('with 类 and 款 only on the first row of their group', async () => {
      expect(await check(generalSheet([splitTotal, ...grouped(LINES)], header))).toEqual([]);
      const mistyped = await check(generalSheet([splitTotal, ...grouped(withMistypedLine())], header));
      expect(where(mistyped)).toEqual([`${GENERAL}!E7`, `${GENERAL}!F7`]);
      expect(mistyped[0].message).toContain('科目 20137（网信事务）');
    });

    it('with parts typed as numbers (01 → 1) in merged group cells', async () => {
      const numeric = grouped(LINES).map((row) => row.map((v, i) => (i < 3 && typeof v === 'string' ? Number(v) : v)));
      const sheet = generalSheet([splitTotal, ...numeric], header);
      // 201's 类 cell spans its four rows (rows 6–9), 20137's 款 cell its three (rows 7–9).
      sheet.merges.push({ top: 5, left: 0, bottom: 8, right: 0 }, { top: 6, left: 1, bottom: 8, right: 1 });
      expect(await check(sheet)).toEqual([]);
    });
  });
});

function toFullWidth(code: string): string {
  return code.replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
}
