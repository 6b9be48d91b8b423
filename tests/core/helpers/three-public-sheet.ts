/** A filled-in variant of pingxiang's (empty) "三公" sheet, for the rules that read it. */
import { gridFromRows } from '../../../src/core/grid/access';
import type { CellValue, SheetGrid } from '../../../src/core/grid/types';

export interface ThreePublicAmounts {
  total: number;
  abroad: number;
  vehicle: number;
  purchase: number;
  operation: number;
  reception: number;
}

/** Amounts that add up: 5 = 1 + 2.5 + 1.5, 2.5 = 1 + 1.5 (万元). */
export const CONSISTENT: ThreePublicAmounts = {
  total: 5,
  abroad: 1,
  vehicle: 2.5,
  purchase: 1,
  operation: 1.5,
  reception: 1.5,
};

/** Pingxiang's 三公 sheet, filled in: 合计 C6, 出国 C7, 车 C8, 购置 C9, 运行 C10, 接待 C11. */
export function threePublicSheet(amounts: ThreePublicAmounts): SheetGrid {
  const line = (n: number, label: string, amount: number): CellValue[] => [n, label, amount, amount, null, null];
  return gridFromRows(
    '9三公经费支出表',
    [
      ['部门预算财政拨款“三公”经费支出表'],
      ['224中共平乡县委网络安全和信息化委员会办公室', null, null, '预算年度：2023', null, '单位：万元'],
      ['序号', '项  目', '资 金 性 质', null, null, null],
      [null, null, '合计', '一般公共预算财政拨款', '政府性基金预算拨款', '国有资本经营预算财政拨款'],
      ['栏次', 1, 2, 3, 4, 5],
      line(1, '合计', amounts.total),
      line(2, '1、因公出国（境）费', amounts.abroad),
      line(3, '2、公务用车购置及运行费', amounts.vehicle),
      line(4, '其中：（1）公务用车购置费', amounts.purchase),
      line(5, '（2）公务用车运行费', amounts.operation),
      line(6, '3、公务接待费', amounts.reception),
    ],
    {
      merges: [
        { top: 0, left: 0, bottom: 0, right: 5 },
        { top: 2, left: 0, bottom: 3, right: 0 },
        { top: 2, left: 1, bottom: 3, right: 1 },
        { top: 2, left: 2, bottom: 2, right: 5 },
      ],
    },
  );
}
