import { parseCell, parseRange } from '../../../src/xlsx/reader/refs';

describe('parseCell', () => {
  it('reads A1 references with optional $ and either case', () => {
    expect(parseCell('A1')).toEqual([0, 0]);
    expect(parseCell('$B$12')).toEqual([11, 1]);
    expect(parseCell(' aa3 ')).toEqual([2, 26]);
    expect(parseCell('XFD1048576')).toEqual([1048575, 16383]);
  });

  it('rejects what is not one cell of a sheet', () => {
    for (const ref of [
      '',
      '$',
      'A',
      '1',
      'A0',
      'XFE1',
      'A1048577',
      'AAAA1',
      'A12345678',
      '$$A1',
      'A$$1',
      'A 1',
      '1A',
      'Ä1',
    ])
      expect(parseCell(ref)).toBeUndefined();
  });
});

describe('parseRange', () => {
  it('orders the corners and takes a single cell as a one-cell range', () => {
    expect(parseRange('B2:A1')).toEqual({ top: 0, left: 0, bottom: 1, right: 1 });
    expect(parseRange('C3')).toEqual({ top: 2, left: 2, bottom: 2, right: 2 });
  });

  it('reads the first two parts of a ref with more colons, and rejects a missing corner', () => {
    expect(parseRange('A1:B2:C3')).toEqual({ top: 0, left: 0, bottom: 1, right: 1 });
    expect(parseRange('A1:')).toBeUndefined();
    expect(parseRange(':B2')).toBeUndefined();
  });
});
