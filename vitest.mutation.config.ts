import { configDefaults, defineConfig } from 'vitest/config'

/**
 * The tests StrykerJS runs against each mutant (`npm run mutation`): the
 * node tests only. The browser tests build and drive the client, which no
 * mutated file reaches, and a run of them per mutant would take hours.
 */
export default defineConfig({
  test: {
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    include: ['tests/**/*.test.ts'],
    exclude: [...configDefaults.exclude, 'tests/e2e/**'],
  },
})
