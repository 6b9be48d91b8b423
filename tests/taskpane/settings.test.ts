/** Stored pane settings are untrusted JSON: valid parts survive, anything unknown is dropped. */
import { defaultSettings, parseSettings } from '../../src/taskpane/settings/settings';

describe('parseSettings', () => {
  it('round-trips valid settings', () => {
    const settings = {
      profile: 'hebei',
      severity: { 'sum/rounding': 'off', 'indicator/vague-value': 'warning' },
      kindOverrides: { 封面: 'skip', 表3: 'budget.expenditure' },
    };
    expect(parseSettings(JSON.stringify(settings))).toEqual(settings);
  });

  it('drops unknown table kinds and severities, and survives garbage', () => {
    const parsed = parseSettings({
      severity: { a: 'fatal' },
      kindOverrides: { 表1: 'budget.nonsense', 表2: 'narrative' },
    });
    expect(parsed.severity).toEqual({});
    expect(parsed.kindOverrides).toEqual({ 表2: 'narrative' });
    expect(parseSettings('{not json')).toEqual(defaultSettings());
    expect(parseSettings(null)).toEqual(defaultSettings());
    expect(parseSettings(42)).toEqual(defaultSettings());
  });

  it('keeps 边改边查 turned off, and drops a value that is not a boolean', () => {
    expect(parseSettings({ severity: {}, kindOverrides: {}, liveCheck: false }).liveCheck).toBe(false);
    expect(parseSettings({ severity: {}, kindOverrides: {}, liveCheck: 'no' })).toEqual(defaultSettings());
  });
});
