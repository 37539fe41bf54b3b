// @ts-check
/**
 * Mutation testing (`npm run mutation`, not part of `npm test`: it takes a
 * long while): StrykerJS changes the code behind Kaigi's promises one small
 * mutation at a time (a condition negated, a call removed) and runs the
 * tests that cover it; a mutant no test notices is a hole in the suite.
 * `npm run mutation -- --mutate server/sync/commit-queue.ts` runs one file.
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts' },
  plugins: [
    '@stryker-mutator/vitest-runner',
    './scripts/stryker-live-reporter.mjs',
    './scripts/stryker-log-ignorer.mjs',
  ],
  ignorers: ['log-lines'],
  mutate: [
    // The sync core: relay after commit, the writer, the rooms, storage, validation.
    'server/sync/**/*.ts',
    // Who may open and change what.
    'server/access/**/*.ts',
    'server/sync/sync-routes.ts',
    // The exports' escaping.
    'server/exports/csv.ts',
    'server/exports/xml-text.ts',
    'server/exports/html.ts',
  ],
  coverageAnalysis: 'perTest',
  // Mutants in constants evaluated once at import would need every test for each.
  ignoreStatic: true,
  concurrency: 2,
  // A mutant that makes a test hang (a callback never called) is killed after this.
  timeoutMS: 10_000,
  reporters: ['clear-text', 'progress', 'html', 'json', 'live'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 90, low: 85, break: null },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
}
