import { execFile } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { sql } from 'kysely';
import type { Database } from '../../db/connection';
import type { Storage } from '../storage/storage';

const run = promisify(execFile);

export interface BackupManifest {
  formatVersion: 1;
  createdAt: string;
  database: { kind: Database['kind']; file: string; rowCounts: Record<string, number> };
  media: { storage: Storage['kind']; copied: boolean; objects: { key: string; bytes: number }[] };
}

/** Row counts of every table of the application schema: what a restore is checked against. */
export async function countRows(database: Database): Promise<Record<string, number>> {
  const tables = await sql<{ name: string }>`
    SELECT table_name AS name FROM information_schema.tables
    WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name NOT LIKE 'kysely_%'
    ORDER BY table_name`.execute(database.db);
  const counts: Record<string, number> = {};
  for (const { name } of tables.rows) {
    const result = await sql<{ n: number }>`SELECT count(*)::int AS n FROM ${sql.table(name)}`.execute(database.db);
    counts[name] = result.rows[0]?.n ?? 0;
  }
  return counts;
}

async function dumpDatabase(database: Database, directUrl: string | undefined, file: string): Promise<void> {
  if (database.dumpDataDir) {
    await writeFile(file, Buffer.from(await (await database.dumpDataDir()).arrayBuffer()));
    return;
  }
  if (!directUrl) throw new Error('A PostgreSQL backup needs the database URL');
  // pg_dump holds one snapshot for the whole dump: point it at PostgreSQL itself, not through PgBouncer.
  await run('pg_dump', ['--format=custom', '--no-owner', '--no-privileges', `--file=${file}`, `--dbname=${directUrl}`], {
    maxBuffer: 16 * 1024 * 1024,
  });
}

/**
 * Writes `<dir>/database.*`, the media (copied from local disk; listed only when they live in a bucket,
 * which keeps its own durability) and `manifest.json` with what a restore must find.
 */
export async function createBackup(options: {
  database: Database;
  storage: Storage;
  dir: string;
  directUrl?: string;
}): Promise<BackupManifest> {
  const { database, storage, dir } = options;
  await mkdir(dir, { recursive: true });
  const file = database.kind === 'pglite' ? 'database.pglite.tar.gz' : 'database.pgdump';
  const rowCounts = await countRows(database);
  await dumpDatabase(database, options.directUrl, path.join(dir, file));
  const objects: { key: string; bytes: number }[] = [];
  const copied = storage.kind === 'local';
  for await (const object of storage.list()) {
    objects.push({ key: object.key, bytes: object.bytes });
    if (!copied) continue;
    const stream = await storage.get(object.key);
    if (!stream) continue; // removed by a sweep while we listed
    const target = path.join(dir, 'media', object.key);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, stream.body);
  }
  const manifest: BackupManifest = {
    formatVersion: 1,
    createdAt: new Date().toISOString(),
    database: { kind: database.kind, file, rowCounts },
    media: { storage: storage.kind, copied, objects },
  };
  await writeFile(path.join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

export async function readManifest(dir: string): Promise<BackupManifest> {
  const manifest = JSON.parse(await readFile(path.join(dir, 'manifest.json'), 'utf8')) as BackupManifest;
  if (manifest.formatVersion !== 1) throw new Error(`Unknown backup format ${String(manifest.formatVersion)}`);
  return manifest;
}
