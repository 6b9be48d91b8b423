import fs from 'fs';
import path from 'path';
import type { CodeCatalogue } from '../../../../src/core/catalogue';
import { decodeCatalogueBytes, parseCatalogueText } from '../../../../src/core/catalogue';
import type { SheetGrid } from '../../../../src/core/grid/types';
import { unknown } from '../../../../src/core/rules/code/unknown';
import { loadPingxiang } from '../../helpers/fixtures';
import { edit } from '../../helpers/mutate';
import { findingsOf, where } from '../../helpers/run';

const CSV = path.join(__dirname, '..', '..', 'catalogue', 'pingxiang-codes.csv');

function pingxiangCatalogue(): CodeCatalogue {
  return parseCatalogueText(decodeCatalogueBytes(fs.readFileSync(CSV))).catalogue;
}

function run(grids: readonly SheetGrid[], catalogue?: CodeCatalogue) {
  return findingsOf(grids, unknown, { catalogue });
}

describe('code/unknown', () => {
  it('is silent without a catalogue', async () => {
    const grids = edit(await loadPingxiang(), '3支出总表', { B9: '2013799' });
    expect(run(grids)).toEqual([]);
  });

  it('is quiet on pingxiang with a catalogue listing its codes', async () => {
    expect(run(await loadPingxiang(), pingxiangCatalogue())).toEqual([]);
  });

  it('takes 类 and 款 as listed when the catalogue lists only their 项', async () => {
    const items = parseCatalogueText(fs.readFileSync(CSV, 'utf8').replace(/^\d{3}(\d{2})?,.*$/gm, '')).catalogue;
    expect([...items.function.keys()].every((code) => code.length === 7)).toBe(true);
    expect(run(await loadPingxiang(), items)).toEqual([]);
  });

  it('warns at the code cell of a code the catalogue does not list', async () => {
    const grids = edit(await loadPingxiang(), '3支出总表', { B9: '2013799' });
    expect(run(grids, pingxiangCatalogue())).toEqual([
      expect.objectContaining({
        ruleId: 'code/unknown',
        severity: 'warning',
        sheet: '3支出总表',
        cell: 'B9',
        message: '功能分类科目编码“2013799”（行政运行）不在已加载的科目目录中，请核对编码是否填错或已停用',
        actual: '2013799',
      }),
    ]);
  });

  it('warns at the name cell, with the catalogue name expected, when the name differs', async () => {
    const grids = edit(await loadPingxiang(), '6一般公共预算基本支出表', { C9: '津贴' });
    expect(run(grids, pingxiangCatalogue())).toEqual([
      expect.objectContaining({
        sheet: '6一般公共预算基本支出表',
        cell: 'C9',
        message: '科目“30102”在科目目录中名为“津贴补贴”，本表写作“津贴”',
        expected: '津贴补贴',
        actual: '津贴',
      }),
    ]);
  });

  it('ignores spacing and bracket width in names', async () => {
    const grids = edit(await loadPingxiang(), '3支出总表', { C9: '行政 运行（）' });
    expect(run(grids, pingxiangCatalogue())).toEqual([]);
  });

  it('leaves a classification alone when the catalogue has none of its codes', async () => {
    const functionOnly = { ...pingxiangCatalogue(), economic: new Map<string, string>() };
    const grids = edit(await loadPingxiang(), '6一般公共预算基本支出表', { B9: '30199' });
    expect(run(grids, functionOnly)).toEqual([]);
    expect(where(run(grids, pingxiangCatalogue()))).toEqual(['6一般公共预算基本支出表!B9']);
  });
});
