import { defineConfig } from 'vitest/config';

/**
 * Four projects:
 * - unit:     pure functions (*.unit.test.ts), no database
 * - pglite:   integration tests (*.test.ts beside the code) on an in-memory PGlite per file
 * - postgres: the same integration tests on a real PostgreSQL 15 started by tests/setup/postgres.ts
 * - e2e:      the built app in headless Chromium (tests/e2e/*.e2e.test.ts)
 */
const integration = ['src/**/*.test.ts', 'tests/integration/**/*.test.ts'];
const notIntegration = ['**/*.unit.test.ts', '**/node_modules/**'];

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['src/**/*.unit.test.ts', 'tests/**/*.unit.test.ts'] } },
      {
        test: {
          name: 'pglite',
          include: integration,
          exclude: notIntegration,
          env: { TEST_DB: 'pglite' },
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'postgres',
          include: integration,
          exclude: notIntegration,
          env: { TEST_DB: 'postgres' },
          globalSetup: ['tests/setup/postgres.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.e2e.test.ts'],
          testTimeout: 180_000,
          hookTimeout: 180_000,
          fileParallelism: false,
          // A click's effect read back through the API can take more than the default second
          // when the machine is busy (the app's background jobs share the embedded database).
          expect: { poll: { timeout: 10_000 } },
        },
      },
    ],
  },
});
