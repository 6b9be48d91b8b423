/**
 * Jest: ts-jest for everything under tests/; browser tests run real headless Chromium. `npm test` runs the
 * browser tests after the others, one file at a time: their responsiveness bounds (the page answers within
 * 200 ms) measure the page's main thread, which other suites on a 2-core machine would starve.
 */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  transform: { '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json', diagnostics: { warnOnly: false } }] },
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  // CLI and browser tests spawn processes; a loaded 2-core CI machine must not turn them into timeouts.
  testTimeout: 30_000,
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
};
