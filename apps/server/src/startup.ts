import type { Logger } from 'pino';
import { type Config, ConfigError, loadConfig } from './config';
import { type Database, openDatabase } from './db/connection';
import { seedDemoContent } from './db/demo-seed';
import { migrateToLatest } from './db/migrate';
import { ensureAdmin } from './features/accounts/service';

/** Reads the configuration or exits with its one-line explanation. */
export function configOrExit(): Config {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}

export function openConfiguredDatabase(config: Config): Promise<Database> {
  return openDatabase({
    url: config.DATABASE_URL,
    dataDir: config.DATA_DIR,
    poolMax: config.DB_POOL_MAX,
    acquireTimeoutMs: config.DB_ACQUIRE_TIMEOUT_MS,
  });
}

/** Schema, first admin and demo content: everything a fresh instance needs before serving. */
export async function prepareDatabase(database: Database, config: Config, log: Pick<Logger, 'info'>): Promise<void> {
  const applied = await migrateToLatest(database);
  if (applied.length) log.info({ migrations: applied.map((m) => m.migrationName) }, 'migrations applied');
  if (config.ADMIN_EMAIL && config.ADMIN_PASSWORD) {
    const outcome = await ensureAdmin(database.db, config.ADMIN_EMAIL.toLowerCase(), config.ADMIN_PASSWORD);
    if (outcome !== 'unchanged') log.info({ outcome }, 'admin account from ADMIN_EMAIL');
  }
  if (config.DEMO_CONTENT && (await seedDemoContent(database.db))) log.info('demo content written to the empty database');
}
