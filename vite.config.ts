import solid from 'vite-plugin-solid'
import { configDefaults, defineConfig } from 'vitest/config'

export default defineConfig({
  root: 'client',
  // The tests run server code and browsers, not Solid components: without the
  // plugin, packages such as ws resolve to their Node builds.
  plugins: process.env.VITEST ? [] : [solid()],
  build: {
    outDir: '../dist/client',
    emptyOutDir: true,
  },
  server: {
    proxy: {
      '/sync': { target: 'ws://127.0.0.1:8787', ws: true },
      '/api': 'http://127.0.0.1:8787',
    },
  },
  test: {
    root: '.',
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Two projects, so that the browser tests' global setup, which builds
    // the client once for all of their files, runs only in a run that has
    // some of them. Each sets its own `include`: a root one would be merged
    // into both.
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          include: ['tests/**/*.test.ts'],
          exclude: [...configDefaults.exclude, 'tests/e2e/**'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/helpers/client-build-setup.ts'],
        },
      },
    ],
  },
})
