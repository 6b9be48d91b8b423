/** Builds the 固定资产/国有资产占用情况表: labelled lines ("1、房屋（平方米）") with 数量 and 价值. */
import { labelKey } from '../../parse/normalize';
import type { BuildContext } from '../base';
import { amountCell, cellText, readCommon } from './cells';
import type { AssetLine, AssetsTable, BudgetColumn } from './model';
import { columnRole } from './roles';

/** "项目" names the line; "价值（金额单位：万元）"/"金额" is money; "数量"/"面积" is not. */
function assetColumnRole(label: string): BudgetColumn['role'] | null {
  const last = labelKey(label).split('/').pop() ?? '';
  if (/价值|金额|原值|账面/.test(last)) return 'total';
  if (/数量|面积|台|辆/.test(last)) return null;
  return columnRole(label);
}

export function buildAssets(kind: AssetsTable['kind'], ctx: BuildContext): AssetsTable {
  const { grid } = ctx;
  const { common, rows, labels } = readCommon(kind, ctx, assetColumnRole);
  // 价值 header may name its own unit: "价值（金额单位：万元）".
  const valueLabel = [...labels.values()].find((l) => /单位[:：]?(万元|元)/.test(l));
  const unit = valueLabel ? (/单位[:：]?万元/.test(valueLabel) ? '万元' : '元') : common.unit;
  const nameCol = common.columns.find((c) => c.role === 'name')?.col ?? common.region.range.left;
  const valueCol = common.columns.find((c) => c.role === 'total')?.col;
  const quantityCol = [...labels].find(([, label]) => /数量|面积/.test(label.split('/').pop() ?? ''))?.[0];
  const lines: AssetLine[] = rows
    .map((row) => ({
      row,
      label: cellText(grid, row, nameCol),
      quantity: quantityCol === undefined ? '' : cellText(grid, row, quantityCol),
      value: valueCol === undefined ? null : amountCell(grid, row, valueCol, unit),
    }))
    .filter((line) => line.label !== '');
  return { ...common, unit, lines };
}
