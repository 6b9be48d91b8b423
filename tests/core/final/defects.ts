/**
 * Planted defects for the 决算 fixture workbooks: each changes a few cells of a clean workbook and
 * names the finding it must produce ({ ruleId, sheet, cell }). One defect per identity family:
 * total rows, hierarchy by code, row identities (收入合计 = Σ sources, 支出合计 = 基本 + 项目 + …,
 * 年末 = 年初 + 收入 − 支出), per-fund carry-over, 总计 balance, the cross-table chain
 * 总表 ↔ 收入/支出 ↔ 财政拨款总表 ↔ 一般公共预算 ↔ 基本支出 ↔ 三公, 三公 internal, and a rounding
 * difference (info). A change that keeps one table consistent (a 项 row with its 款, 类 and 合计) is
 * how a cross-table defect is planted without also breaking the table itself.
 */
import { parseA1 } from '../../../src/core/grid/address';
import type { CellValue, SheetGrid } from '../../../src/core/grid/types';
import { setCell } from '../helpers/mutate';
import type { BuiltWorkbook, SheetKey } from './sheets';
import { at, SHEETS } from './sheets';

export interface CellEdit {
  sheet: string;
  cell: string;
  value: CellValue;
}

export interface PlantedDefect {
  /** The finding expected. */
  ruleId: string;
  sheet: string;
  cell: string;
  /** zh-CN: what was changed (names the test). */
  what: string;
  edits: CellEdit[];
  /** Expected severity when not an error: rounding is info; 三公 above its economic line a warning (三公 may include 项目支出). */
  severity?: 'warning' | 'info';
}

/** The codes of one workbook that the defects change. */
export interface DefectPicks {
  /** A 项 of the 收入决算表 (its 本年收入合计 is mistyped). */
  incomeItem: string;
  /** A 项 of the 支出决算表 (its 本年支出合计 is mistyped). */
  expenditureItem: string;
  /** A 项 of the 一般公共预算表 with 项目支出 (raised alone: its 款 no longer adds up). */
  generalProjectItem: string;
  /** A 项 of the 支出决算表 raised with its 款, 类 and 合计 (the table stays consistent). */
  consistentExpenditureItem: string;
  /** A 项 of the 一般公共预算表 with 基本支出, raised consistently. */
  consistentGeneralItem: string;
  /** An economic 款 of the 基本支出表 (人员经费), raised consistently. */
  personnelLine: string;
  /** A 类 of the 支出决算表 with 基本支出, off by one cent from its 款. */
  roundingClass: string;
  /** A 项 of the 政府性基金 table, when it has one. */
  fundItem?: string;
}

function valueOf(grid: SheetGrid, a1: string): number {
  const { row, col } = parseA1(a1);
  const value = grid.values[row]?.[col];
  return typeof value === 'number' ? value : 0;
}

/** Adds `cents` hundredths to each listed cell of one sheet (exactly: through integer hundredths). */
function shift(built: BuiltWorkbook, sheet: SheetKey, cells: string[], cents: number): CellEdit[] {
  const grid = built.grids.find((g) => g.name === SHEETS[sheet])!;
  return cells.map((cell) => ({
    sheet: SHEETS[sheet],
    cell,
    value: (Math.round(valueOf(grid, cell) * 100) + cents) / 100,
  }));
}

/** The 项, its 款, its 类 and the 合计 row: the rows a consistent change of one 项 moves. */
const chain = (code: string) =>
  [code, code.slice(0, 5), code.slice(0, 3), 'total'].filter((c, i, all) => all.indexOf(c) === i);

export function plantedDefects(built: BuiltWorkbook, picks: DefectPicks): PlantedDefect[] {
  const cell = (sheet: SheetKey, row: string, col: string) => at(built, sheet, row, col);
  const defect = (ruleId: string, sheet: SheetKey, a1: string, what: string, edits: CellEdit[]): PlantedDefect => ({
    ruleId,
    sheet: SHEETS[sheet],
    cell: a1,
    what,
    edits,
  });
  const consistent = (sheet: SheetKey, code: string, cols: string[], cents: number) =>
    chain(code).flatMap((row) =>
      shift(
        built,
        sheet,
        cols.map((c) => cell(sheet, row, c)),
        cents,
      ),
    );

  const defects: PlantedDefect[] = [
    defect('sum/total-row', 'income', cell('income', 'total', 'business'), '收入决算表合计行事业收入多计 1.00', [
      ...shift(built, 'income', [cell('income', 'total', 'business'), cell('income', 'total', 'total')], 100),
    ]),
    defect(
      'sum/hierarchy',
      'general',
      cell('general', picks.generalProjectItem.slice(0, 5), 'project'),
      `一般公共预算支出决算表 ${picks.generalProjectItem} 项目支出多计 3.00，其“款”不再等于各“项”之和`,
      shift(
        built,
        'general',
        [cell('general', picks.generalProjectItem, 'project'), cell('general', picks.generalProjectItem, 'total')],
        300,
      ),
    ),
    defect(
      'sum/columns',
      'income',
      cell('income', picks.incomeItem, 'total'),
      `收入决算表 ${picks.incomeItem} 本年收入合计不等于各项收入之和`,
      shift(built, 'income', [cell('income', picks.incomeItem, 'total')], 50),
    ),
    defect(
      'sum/columns',
      'expenditure',
      cell('expenditure', picks.expenditureItem, 'total'),
      `支出决算表 ${picks.expenditureItem} 本年支出合计不等于基本支出与项目支出等之和`,
      shift(built, 'expenditure', [cell('expenditure', picks.expenditureItem, 'total')], -20),
    ),
    defect(
      'sum/balance',
      'fiscal',
      cell('fiscal', 'carry', 'general'),
      '财政拨款收入支出决算总表一般公共预算年末结转和结余不等于年初 + 本年收入 − 本年支出',
      shift(built, 'fiscal', [cell('fiscal', 'carry', 'general'), cell('fiscal', 'carry', 'total')], 200),
    ),
    defect(
      'sum/balance',
      'summary',
      cell('summary', 'grandTotal', 'spending'),
      '收入支出决算总表支出总计不等于收入总计',
      shift(built, 'summary', [cell('summary', 'grandTotal', 'spending')], 100),
    ),
    defect(
      'cross/total-mismatch',
      'income',
      cell('income', 'total', 'business'),
      '收入支出决算总表事业收入多计 7.00、年初结转和结余少计 7.00（本年收入合计随之，总表自身平衡），与收入决算表不一致',
      [
        ...shift(
          built,
          'summary',
          [cell('summary', 'business', 'income'), cell('summary', 'yearTotal', 'income')],
          700,
        ),
        ...shift(built, 'summary', [cell('summary', 'carry', 'income')], -700),
      ],
    ),
    defect(
      'cross/total-mismatch',
      'summary',
      cell('summary', `class${picks.consistentExpenditureItem.slice(0, 3)}`, 'spending'),
      `支出决算表 ${picks.consistentExpenditureItem} 及其上级科目、合计行一致多计 5.00，与总表该类支出不一致`,
      consistent('expenditure', picks.consistentExpenditureItem, ['total', 'basic'], 500),
    ),
    defect(
      'cross/total-mismatch',
      'fiscal',
      cell('fiscal', 'yearTotal', 'general'),
      `一般公共预算支出决算表 ${picks.consistentGeneralItem} 及其上级科目、合计行一致多计 0.80，与财政拨款总表不一致`,
      consistent('general', picks.consistentGeneralItem, ['total', 'basic'], 80),
    ),
    defect(
      'cross/total-mismatch',
      'basic',
      cell('basic', 'total', 'total'),
      `基本支出决算表 ${picks.personnelLine} 及其“类”、合计行一致多计 0.60，与一般公共预算基本支出不一致`,
      [picks.personnelLine, picks.personnelLine.slice(0, 3), 'total'].flatMap((row) =>
        shift(built, 'basic', [cell('basic', row, 'total'), cell('basic', row, 'personnel')], 60),
      ),
    ),
    defect(
      'cross/three-public',
      'threePublic',
      cell('threePublic', 'total', 'budget'),
      '“三公”经费预算数合计不等于各项之和',
      shift(built, 'threePublic', [cell('threePublic', 'total', 'budget')], 100),
    ),
    {
      ...defect(
        'cross/three-public',
        'threePublic',
        cell('threePublic', 'reception', 'actual'),
        '“三公”公务接待费决算数多计 100.00（合计随之），超过基本支出表 30217 公务接待费',
        shift(
          built,
          'threePublic',
          [cell('threePublic', 'reception', 'actual'), cell('threePublic', 'total', 'actual')],
          10000,
        ),
      ),
      severity: 'warning',
    },
    {
      ...defect(
        'sum/rounding',
        'expenditure',
        cell('expenditure', picks.roundingClass, 'basic'),
        `支出决算表 ${picks.roundingClass} 基本支出与其“款”之和相差 0.01`,
        shift(
          built,
          'expenditure',
          [cell('expenditure', picks.roundingClass, 'basic'), cell('expenditure', picks.roundingClass, 'total')],
          1,
        ),
      ),
      severity: 'info',
    },
  ];
  if (picks.fundItem)
    defects.push(
      defect(
        'sum/columns',
        'fund',
        cell('fund', picks.fundItem, 'closing'),
        `政府性基金决算表 ${picks.fundItem} 年末结转和结余（及其上级科目、合计行）不等于年初 + 本年收入 − 本年支出`,
        consistent('fund', picks.fundItem, ['closing'], 150),
      ),
    );
  return defects;
}

/** The workbook with the defects' edits applied. */
export function plant(grids: readonly SheetGrid[], defects: readonly PlantedDefect[]): SheetGrid[] {
  let out = [...grids];
  for (const edit of defects.flatMap((d) => d.edits))
    out = out.map((g) => (g.name === edit.sheet ? setCell(g, edit.cell, edit.value) : g));
  return out;
}
