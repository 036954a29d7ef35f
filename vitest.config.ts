import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const POSTGRES_SETUP = 'platform/src/testing/postgres-global-setup.ts';
const FEDERATION_SETUP = 'platform/src/testing/federation-global-setup.ts';

/**
 * Two kinds of test, told apart by file name: `*.test.ts` start what they
 * need in-process on a fresh database each; `*.e2e.ts` share one whole
 * federation (separate processes, real HTTP) started for the run.
 */
export default defineConfig({
  resolve: {
    // Node resolves `graphql` to its CommonJS build, as the Apollo packages do; vite would pick the
    // .mjs build for our sources, and schemas from one copy fail instanceof checks in the other.
    alias: [{ find: /^graphql$/, replacement: createRequire(import.meta.url).resolve('graphql') }],
  },
  test: {
    reporters: ['default', './test/summary-reporter.ts'],
    projects: [
      {
        test: {
          name: 'unit',
          include: [
            'test/**/*.test.ts',
            'platform/test/**/*.test.ts',
            'sources/test/**/*.test.ts',
            'gateway/test/**/*.test.ts',
            'subgraphs/*/test/**/*.test.ts',
            'bench/test/**/*.test.ts',
          ],
          globalSetup: [POSTGRES_SETUP],
          testTimeout: 30_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['gateway/test/**/*.e2e.ts', 'subgraphs/*/test/**/*.e2e.ts'],
          globalSetup: [FEDERATION_SETUP],
          testTimeout: 30_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
