import { unitName } from '../../../../src/core/rules/structure/unit-name';
import { loadPingxiang } from '../../helpers/fixtures';
import { edit } from '../../helpers/mutate';
import { findingsOf, where } from '../../helpers/run';

describe('structure/unit-name', () => {
  it('is quiet on pingxiang', async () => {
    expect(findingsOf(await loadPingxiang(), unitName)).toEqual([]);
  });

  it('a table copied from another unit', async () => {
    const grids = edit(await loadPingxiang(), '3支出总表', { A2: '225平乡县财政局' });
    const findings = findingsOf(grids, unitName);
    expect(where(findings)).toEqual(['3支出总表!A2']);
    expect(findings[0]).toMatchObject({ expected: '中共平乡县委网络安全和信息化委员会办公室', actual: '平乡县财政局' });
  });

  it('ignores the organ code and spacing', async () => {
    const grids = edit(await loadPingxiang(), '3支出总表', { A2: '中共平乡县委网络安全和信息化委员会 办公室' });
    expect(findingsOf(grids, unitName)).toEqual([]);
  });

  describe('"编制部门：" lines (Shanghai-style meta rows)', () => {
    /** Every budget sheet's A2 rewritten as "编制部门：<name>", the unit staying where it was. */
    const BUDGET_SHEETS = [
      '1收支总表',
      '2收入总表',
      '3支出总表',
      '4财政拨款收支总表',
      '5一般公共预算支出表',
      '6一般公共预算基本支出表',
      '7政府基金预算支出表',
      '8国有资本经营预算支出表',
      '9三公经费支出表',
      '政府采购预算表',
      '固定资产占用情况表',
    ];
    const withLines = async (name: (sheet: string) => string) =>
      BUDGET_SHEETS.reduce((g, sheet) => edit(g, sheet, { A2: name(sheet) }), await loadPingxiang());

    it('reads the name after "编制部门：" and compares it', async () => {
      const grids = await withLines((s) =>
        s === '3支出总表' ? '编制部门：平乡县财政局' : '编制部门：中共平乡县委网络安全和信息化委员会办公室',
      );
      const findings = findingsOf(grids, unitName);
      expect(where(findings)).toEqual(['3支出总表!A2']);
      expect(findings[0]).toMatchObject({ actual: '平乡县财政局' });
    });

    it('reads a name in the cell after its label, and one followed by the unit on the same line', async () => {
      const grids = await withLines((s) =>
        s === '1收支总表' ? '编制部门：中共平乡县委网络安全和信息化委员会办公室    单位：万元' : '编制部门：',
      );
      const split = BUDGET_SHEETS.reduce(
        (g, s) => (s === '1收支总表' ? g : edit(g, s, { B2: '中共平乡县委网络安全和信息化委员会办公室' })),
        grids,
      );
      expect(findingsOf(split, unitName)).toEqual([]);
    });

    it('an empty "编制部门：" line while the other tables name the department', async () => {
      const grids = await withLines((s) =>
        s === '5一般公共预算支出表' ? '编制部门：' : '编制部门：中共平乡县委网络安全和信息化委员会办公室',
      );
      const findings = findingsOf(grids, unitName);
      expect(where(findings)).toEqual(['5一般公共预算支出表!A2']);
      expect(findings[0].message).toContain('“编制部门：”后未填写单位名称');
      expect(findings[0]).toMatchObject({ expected: '中共平乡县委网络安全和信息化委员会办公室', actual: '' });
    });

    it('is quiet when no table names the department', async () => {
      expect(findingsOf(await withLines(() => '编制部门：'), unitName)).toEqual([]);
    });
  });
});
