/**
 * 边改边查 in Excel: Worksheet.onChanged (ExcelApi 1.7) on every sheet, registered in two syncs and
 * removed in one, whatever the number of sheets. Each event names its sheet and address; the pane
 * decides whether it touches a recognized table.
 */
import type { CellChange } from '../core/host';
import type { OfficeEnv } from './env';

export async function watchChangesIn(
  env: OfficeEnv,
  listener: (changes: CellChange[]) => void,
): Promise<() => Promise<void>> {
  const { context, handlers } = await env.run(async (context) => {
    const worksheets = context.workbook.worksheets;
    worksheets.load('items/name,items/id');
    await context.sync();
    const names = new Map(worksheets.items.map((sheet) => [sheet.id, sheet.name]));
    const handlers = worksheets.items.map((sheet) =>
      sheet.onChanged.add(async (event) => {
        listener([{ sheet: names.get(event.worksheetId) ?? sheet.name, address: event.address }]);
      }),
    );
    await context.sync();
    return { context, handlers };
  });
  return async () => {
    if (handlers.length === 0) return;
    await env.resume(context, async (resumed) => {
      for (const handler of handlers) handler.remove();
      await resumed.sync();
    });
  };
}
