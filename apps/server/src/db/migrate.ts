import { Migrator, type MigrationResult } from 'kysely';
import type { Database } from './connection';
import { migrations } from './migrations/index';

/** Brings the schema up to date. Safe to run from several processes: Kysely takes a lock table row. */
export async function migrateToLatest(database: Database): Promise<MigrationResult[]> {
  const migrator = new Migrator({
    db: database.db,
    provider: { getMigrations: async () => migrations },
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return results ?? [];
}
