import { defineConfig } from 'vitest/config';

/**
 * Projects (each `extends: true`, so the timeouts below apply to all):
 * - e2e: Chromium (playwright-core) against the built web app on the real server;
 * - unit: pure tests (`*.test.ts`), no database;
 * - pglite: integration tests (`*.int.test.ts`) on the embedded PGlite, each file from a migrated template;
 * - postgres: the same integration tests on a real PostgreSQL 15 reached through a real PgBouncer in
 *   transaction mode, both started by the global setup (scripts/services/pg-up.sh), one database per file;
 * - cluster: several real server processes behind nginx, on PostgreSQL through PgBouncer, Redis and Swift S3.
 */
const integration = ['apps/server/**/*.int.test.ts'];

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 120_000,
    projects: [
      { extends: true, test: { name: 'e2e', include: ['e2e/**/*.e2e.test.ts'], globalSetup: ['e2e/global-setup.ts'], testTimeout: 60_000 } },
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['apps/server/**/*.test.ts', 'packages/**/*.test.ts', 'apps/web/**/*.test.ts'],
          exclude: [...integration, '**/*.cluster.test.ts', '**/node_modules/**'],
        },
      },
      {
        extends: true,
        test: {
          name: 'pglite',
          include: integration,
          env: { TEST_DB: 'pglite' },
          globalSetup: ['apps/server/test/global-pglite.ts', 'apps/server/test/global-s3.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'postgres',
          include: integration,
          env: { TEST_DB: 'postgres' },
          globalSetup: ['apps/server/test/global-postgres.ts', 'apps/server/test/global-s3.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'cluster',
          include: ['apps/server/test/cluster/**/*.cluster.test.ts'],
          globalSetup: ['apps/server/test/cluster/global-cluster.ts'],
          testTimeout: 120_000,
          // The processes of one cluster test are enough load for two cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
