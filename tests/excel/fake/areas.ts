/** Fake Excel.RangeAreas from Worksheet.getRanges (ExcelApi 1.9): only format.fill.clear(), the one call the host makes. */
import { FakeContext, FakeOfficeError } from './core';
import { parseAddress } from './range';
import { cellAt, cellsOf, writable, type FakeSheet } from './state';

/** Worksheet.getRanges truncates an address beyond 8,192 characters (Excel add-in troubleshooting docs); the fake refuses it. */
export const ADDRESS_CHAR_LIMIT = 8192;

export class FakeAddressAreas {
  readonly format: { fill: { clear(): void } };

  constructor(ctx: FakeContext, sheet: () => FakeSheet, address: string) {
    ctx.requires(9, 'Worksheet.getRanges');
    const clear = () =>
      ctx.enqueue(() => {
        if (address.length > ADDRESS_CHAR_LIMIT)
          throw new FakeOfficeError('InvalidArgument', `address of ${address.length} characters`);
        const target = writable(sheet());
        const areas = address.split(/[,;]/).map((part) => parseAddress(part.trim()));
        ctx.state.areaClears.push({ sheet: target.name, areas: areas.length, chars: address.length });
        for (const { row, col } of areas.flatMap(cellsOf)) {
          const cell = cellAt(target, row, col);
          if (cell) cell.fill = null;
        }
      });
    this.format = { fill: { clear } };
  }
}
