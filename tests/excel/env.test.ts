/** The host's platform decides the read budget: only Windows and Mac desktops escape the web's 5 MB limit. */
import { officeEnv } from '../../src/excel/env';

function withOffice(context: Record<string, unknown>) {
  (globalThis as Record<string, unknown>).Office = {
    context: { requirements: { isSetSupported: () => true }, ...context },
  };
}

afterEach(() => delete (globalThis as Record<string, unknown>).Office);

describe('officeEnv platform', () => {
  it.each([
    ['PC', 'desktop'],
    ['Mac', 'desktop'],
    ['OfficeOnline', 'web'],
    ['iOS', 'web'],
  ])('%s → %s', (platform, expected) => {
    withOffice({ platform });
    expect(officeEnv().platform).toBe(expected);
  });

  it('treats a host that reports no platform (and has no PlatformType enum) as the web, the cautious budget', () => {
    withOffice({});
    expect(officeEnv().platform).toBe('web');
  });
});
