/** The typed table model of a grid, built through recognition like validateWorkbook does. */
import type { SheetGrid } from '../../../src/core/grid/types';
import { findRegions } from '../../../src/core/recognize/region';
import { tableBuilders } from '../../../src/core/tables/builders';
import type { TableKind } from '../../../src/core/tables/kinds';
import type { TableOf } from '../../../src/core/tables/models';

/** The model of the first region of `kind` on the grid; throws when there is none. */
export function buildFirst<K extends TableKind>(grid: SheetGrid, kind: K): TableOf<K> {
  const region = findRegions(grid).find((r) => r.kind === kind);
  if (!region) throw new Error(`${grid.name}: no ${kind}`);
  const builder = tableBuilders[kind];
  if (!builder) throw new Error(`no builder for ${kind}`);
  return builder({ grid, region, warn: () => undefined }) as TableOf<K>;
}
