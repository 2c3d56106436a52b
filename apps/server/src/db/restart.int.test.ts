import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { openTestDatabase, testDatabaseKind } from '../../test/harness';
import { registerUser } from '../features/accounts/service';
import { findUserByEmail } from '../features/accounts/store';
import { type Database, openDatabase } from './connection';
import { migrateToLatest } from './migrate';

const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups) await cleanup();
});

/** Opens the same database twice, as a restarted process would: on-disk PGlite, or the same PostgreSQL database. */
async function reopenable(): Promise<() => Promise<Database>> {
  if (testDatabaseKind === 'pglite') {
    const dir = await mkdtemp(path.join(tmpdir(), 'egoejo-restart-'));
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
    return () => openDatabase({ dataDir: dir, poolMax: 1, acquireTimeoutMs: 10_000 });
  }
  const { database, url, drop } = await openTestDatabase();
  await database.close();
  cleanups.push(drop);
  return () => openDatabase({ url, dataDir: 'unused', poolMax: 2, acquireTimeoutMs: 10_000 });
}

it('keeps everything across a restart, and migrating again changes nothing', async () => {
  const open = await reopenable();
  const first = await open();
  await migrateToLatest(first);
  await registerUser(first.db, { email: 'racine@example.org', password: 'un-chene-centenaire', displayName: 'Racine' });
  await first.close();

  const second = await open();
  expect(await migrateToLatest(second)).toEqual([]);
  const user = await findUserByEmail(second.db, 'racine@example.org');
  expect(user?.display_name).toBe('Racine');
  await second.close();
});
