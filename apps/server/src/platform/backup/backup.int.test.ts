import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { inject } from 'vitest';
import { makeMember, uniqueEmail, uniqueIp } from '../../../test/factories';
import { type TestApp, createTestApp, testDatabaseKind, withDatabase } from '../../../test/harness';
import type { DatabaseOptions } from '../../db/connection';
import { createLocalStorage } from '../storage/local-storage';
import { createBackup } from './backup';
import { restoreBackup } from './restore';

let t: TestApp;
let work: string;
const cleanups: (() => Promise<void>)[] = [];

beforeAll(async () => {
  t = await createTestApp();
  work = await mkdtemp(path.join(tmpdir(), 'egoejo-backup-'));
});
afterAll(async () => {
  await t.close();
  for (const cleanup of cleanups) await cleanup();
  await rm(work, { recursive: true, force: true });
});

/** An empty target of the same kind: a fresh PGlite folder, or a new empty PostgreSQL database (direct). */
async function emptyTarget(): Promise<DatabaseOptions> {
  if (testDatabaseKind === 'pglite') return { dataDir: path.join(work, 'restored-data'), poolMax: 1, acquireTimeoutMs: 10_000 };
  const name = `r_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: inject('pgDirectUrl') });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  cleanups.push(async () => {
    const client = new pg.Client({ connectionString: inject('pgDirectUrl') });
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await client.end();
  });
  return { url: withDatabase(inject('pgDirectUrl'), name), dataDir: 'unused', poolMax: 2, acquireTimeoutMs: 10_000 };
}

it('restores into an empty instance with every row and every media object', async () => {
  for (let i = 0; i < 3; i++) await makeMember(t);
  await t.app.inject({ method: 'POST', url: '/api/intents', remoteAddress: uniqueIp(), payload: { name: 'Sauvegarde', email: uniqueEmail(), profile: 'je-decouvre' } });
  const media = createLocalStorage(path.join(work, 'media-before'));
  const photo = randomBytes(50_000);
  await media.put('objects/ab/abcdef.webp', photo, 'image/webp');

  const currentDb = t.database.kind === 'postgres' ? new URL(String((t.database.pool.options as { connectionString?: string }).connectionString)).pathname.slice(1) : '';
  const manifest = await createBackup({
    database: t.database,
    storage: media,
    dir: path.join(work, 'backup'),
    directUrl: currentDb ? withDatabase(inject('pgDirectUrl'), currentDb) : undefined,
  });
  expect(manifest.database.rowCounts.users).toBeGreaterThanOrEqual(3);
  expect(manifest.media.objects).toEqual([{ key: 'objects/ab/abcdef.webp', bytes: photo.length }]);

  const restoredMedia = createLocalStorage(path.join(work, 'media-after'));
  const report = await restoreBackup({ dir: path.join(work, 'backup'), target: await emptyTarget(), storage: restoredMedia });
  expect(report.missingTables).toEqual([]);
  expect(report.objectsMissing).toEqual([]);
  expect(report.rowCounts).toEqual(manifest.database.rowCounts);
  const restored = await restoredMedia.get('objects/ab/abcdef.webp');
  const chunks: Buffer[] = [];
  for await (const chunk of restored!.body) chunks.push(chunk as Buffer);
  expect(Buffer.concat(chunks).equals(photo)).toBe(true);
});
