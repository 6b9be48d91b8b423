/** The pane keeps the 科目目录 as JSON-safe entries: it survives a settings round trip and rebuilds the Maps the core needs. */
import fs from 'fs';
import path from 'path';
import { decodeCatalogueBytes, parseCatalogueText } from '../../src/core/catalogue';
import { codeCatalogueOf, storeCatalogue } from '../../src/taskpane/settings/catalogue';
import { parseSettings } from '../../src/taskpane/settings/settings';

const CSV = path.join(__dirname, '..', 'core', 'catalogue', 'pingxiang-codes.csv');

function pingxiang() {
  return parseCatalogueText(decodeCatalogueBytes(fs.readFileSync(CSV)));
}

describe('stored catalogue', () => {
  it('survives JSON settings storage and rebuilds the same Maps', () => {
    const result = pingxiang();
    const stored = storeCatalogue(result, '科目目录.csv');
    const reloaded = parseSettings(JSON.stringify({ severity: {}, kindOverrides: {}, catalogue: stored }));
    expect(reloaded.catalogue).toEqual(stored);
    const rebuilt = codeCatalogueOf(reloaded.catalogue);
    expect(rebuilt?.function).toEqual(result.catalogue.function);
    expect(rebuilt?.economic).toEqual(result.catalogue.economic);
    expect(rebuilt?.function.get('2013701')).toBe('行政运行');
    expect(rebuilt?.economic.size).toBeGreaterThan(0);
  });

  it('keeps the import warnings for the settings section', () => {
    const result = parseCatalogueText('2013701,行政运行\n99,不是编码\n');
    const stored = storeCatalogue(result, 'a.csv');
    expect(stored.function).toEqual([['2013701', '行政运行']]);
    expect(stored.warnings).toEqual([expect.stringContaining('科目编码“99”')]);
  });

  it('is absent when none was imported, and a tampered one drops bad entries or the whole catalogue', () => {
    expect(codeCatalogueOf(undefined)).toBeUndefined();
    expect(parseSettings({ severity: {}, kindOverrides: {} }).catalogue).toBeUndefined();
    expect('catalogue' in parseSettings({ severity: {}, kindOverrides: {} })).toBe(false);
    const tampered = parseSettings({
      catalogue: {
        fileName: 'x.csv',
        function: [
          ['201', '一般公共服务支出'],
          ['<script>', 'x'],
        ],
        economic: [],
      },
    });
    expect(tampered.catalogue).toEqual({
      fileName: 'x.csv',
      function: [['201', '一般公共服务支出']],
      economic: [],
      warnings: [],
    });
    expect(parseSettings({ catalogue: { fileName: 1, function: 'no' } }).catalogue).toBeUndefined();
    expect(parseSettings({ catalogue: { fileName: 1 } }).severity).toEqual({});
  });
});
