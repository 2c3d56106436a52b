import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import { type BuiltApp, buildApp } from '../src/app';
import { type Config, loadConfig } from '../src/config';
import { type Database, openDatabase } from '../src/db/connection';
import { migrateToLatest } from '../src/db/migrate';
import { withDatabase } from './services';
import './provided';

export type TestDatabaseKind = 'pglite' | 'postgres';
export const testDatabaseKind = (process.env.TEST_DB ?? 'pglite') as TestDatabaseKind;

export interface TestApp extends BuiltApp {
  config: Config;
  database: Database;
  db: BuiltApp['ctx']['db'];
  dataDir: string;
  close(): Promise<void>;
}

/**
 * A fresh database for one test file: a PGlite loaded from the migrated template, or a new PostgreSQL
 * database reached through PgBouncer in transaction mode (the production topology).
 */
export async function openTestDatabase(
  pool: { poolMax?: number; acquireTimeoutMs?: number } = {},
): Promise<{ database: Database; url?: string; drop(): Promise<void> }> {
  const acquireTimeoutMs = pool.acquireTimeoutMs ?? 10_000;
  if (testDatabaseKind === 'pglite') {
    const template = new Blob([await readFile(inject('pgliteTemplatePath'))]);
    const database = await openDatabase({ dataDir: 'memory://', poolMax: 1, acquireTimeoutMs, pgliteTemplate: template });
    return { database, drop: async () => undefined };
  }
  const name = `t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: inject('pgDirectUrl') });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = withDatabase(inject('pgBouncerUrl'), name);
  const database = await openDatabase({ url, dataDir: 'unused', poolMax: pool.poolMax ?? 5, acquireTimeoutMs });
  await migrateToLatest(database);
  return {
    database,
    url,
    drop: async () => {
      const client = new pg.Client({ connectionString: inject('pgDirectUrl') });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

export { withDatabase };

export const testSecret = randomBytes(32).toString('hex');

export function testConfig(dataDir: string, env: Record<string, string> = {}): Config {
  return loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    DATA_DIR: dataDir,
    DEMO_CONTENT: 'false',
    JWT_SECRET: testSecret,
    WEB_DIST_DIR: path.join(dataDir, 'no-web'),
    ...env,
  });
}

/** Builds the whole app on a fresh test database. Call `close()` in afterAll. */
export async function createTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'egoejo-test-'));
  const { database, drop } = await openTestDatabase();
  const config = testConfig(dataDir, env);
  const built = await buildApp({ config, database, signingSecret: new TextEncoder().encode(testSecret) });
  await built.app.ready();
  // As main.ts does: services enqueue jobs in their transactions (moderation scoring), which needs the
  // queue's tables and queues; no worker runs unless a test starts one with start({ work: true }).
  await built.ctx.jobs.start({ work: false });
  return {
    ...built,
    config,
    database,
    db: built.ctx.db,
    dataDir,
    close: async () => {
      await built.ctx.jobs.stop();
      await built.app.close();
      await database.close();
      await drop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
