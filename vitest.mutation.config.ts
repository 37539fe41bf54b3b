import { configDefaults, defineConfig } from 'vitest/config'

/**
 * The tests StrykerJS runs against each mutant (`npm run mutation`): the
 * sync core's, storage's and access's own node tests. The browser tests
 * build and drive the client, which no mutated file reaches; the feature
 * files (exports, mail, meetings…) also open rooms, so each would run again
 * for every mutant of the sync core that survives the tests made for it,
 * and the whole run would take hours. A mutant only they would notice counts
 * here as surviving: the score is the sync core's tests' own.
 */
export default defineConfig({
  test: {
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    include: [
      'tests/server/sync/**/*.test.ts',
      'tests/server/storage/**/*.test.ts',
      'tests/server/scale-out/{bus-frames,in-process-pair}.test.ts',
      'tests/server/access/{access,acceptance,revocation-links,revocation-sockets}.test.ts',
      'tests/server/metrics/metrics.test.ts',
      'tests/server/exports/{escaping,escape-functions}.test.ts',
    ],
    exclude: [...configDefaults.exclude, 'tests/e2e/**'],
  },
})
