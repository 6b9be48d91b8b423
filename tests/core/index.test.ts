/** The public entry of the core: what a host needs, in one import. */
import * as core from '../../src/core';
import { finalWorkbook } from './helpers/final-workbook';

describe('src/core (public entry)', () => {
  it('validates a workbook and names what it found', () => {
    const report = core.validateWorkbook(finalWorkbook());
    expect(report.tables.map((t) => core.KIND_LABELS[t.kind as core.TableKind])).toContain('收入支出决算总表');
    expect(report.summary.errors).toBe(0);
  });

  it('lists the rules, the kinds of both documents, and the templates', () => {
    expect(core.findRule('sum/balance')?.appliesTo).toEqual(['summary', 'fiscal-summary']);
    expect(core.standardKinds('final')).toHaveLength(9);
    expect(core.STANDARD_BUDGET_KINDS).toHaveLength(9);
    expect(core.findTemplate('final-all')).toBeDefined();
    expect(core.SEVERITY_LABELS.error).toBe('错误');
  });
});
