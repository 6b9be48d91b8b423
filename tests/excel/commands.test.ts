import { launchAction } from '../../src/commands/launch';
import { SEVERITY_FILLS } from '../../src/excel/targets';
import { createOfficeHost } from '../../src/excel/host';
import { fakeEnv } from './fake/workbook';
import { FakeWorkbook } from './fake/state';

describe('ribbon commands', () => {
  test('校验工作簿 opens the pane with ?action=validate', () => {
    expect(launchAction('?action=validate')).toBe('validate');
    expect(launchAction('')).toBeNull();
    expect(launchAction('?action=other')).toBeNull();
  });

  test('清除标记 runs through the real Office globals and always completes the event', async () => {
    const wb = new FakeWorkbook();
    wb.addSheet('收支总表', [['合计', 1]]);
    const env = fakeEnv(wb);
    const painter = createOfficeHost(env);
    await painter.paint({
      tables: [],
      skipped: [],
      warnings: [],
      summary: { errors: 1, warnings: 0, infos: 0, sheets: 1 },
      findings: [{ ruleId: 'x', severity: 'error', sheet: '收支总表', cell: 'B1', message: '有误' }],
    });
    expect(wb.fillOf('收支总表', 'B1')).toBe(SEVERITY_FILLS.error);

    const globals = globalThis as Record<string, unknown>;
    type Batch = (context: Excel.RequestContext) => Promise<unknown>;
    // Excel.run(batch) or Excel.run(options, batch), as the typings declare.
    const run = (first: Batch | Excel.RunOptions, second?: Batch) =>
      second ? env.run(second, first as Excel.RunOptions) : env.run(first as Batch);
    globals.Excel = { run };
    globals.Office = {
      onReady: (callback: () => void) => callback(),
      PlatformType: { PC: 'PC', OfficeOnline: 'OfficeOnline', Mac: 'Mac' },
      context: {
        platform: 'OfficeOnline',
        requirements: { isSetSupported: env.isSetSupported },
        document: { settings: env.documentSettings },
      },
    };
    await import('../../src/commands/commands');
    const completed = jest.fn();
    await (globals.clearMarks as (event: { completed(): void }) => Promise<void>)({ completed });
    expect(completed).toHaveBeenCalled();
    expect(wb.fillOf('收支总表', 'B1')).toBeNull();
  });
});
