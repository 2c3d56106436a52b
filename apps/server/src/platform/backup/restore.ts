import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { type Database, type DatabaseOptions, openDatabase } from '../../db/connection';
import type { Storage } from '../storage/storage';
import { type BackupManifest, countRows, readManifest } from './backup';

const run = promisify(execFile);

export interface RestoreReport {
  rowCounts: Record<string, number>;
  missingTables: string[];
  objectsRestored: number;
  objectsMissing: string[];
}

/** Restores the database into an EMPTY target (a fresh PGlite data dir, or an empty PostgreSQL database). */
async function restoreDatabase(manifest: BackupManifest, dir: string, target: DatabaseOptions): Promise<Database> {
  const file = path.join(dir, manifest.database.file);
  if (manifest.database.kind === 'pglite') {
    if (target.url) throw new Error('A PGlite backup restores into PGlite (unset DATABASE_URL)');
    const template = new Blob([await readFile(file)]);
    return openDatabase({ ...target, pgliteTemplate: template });
  }
  if (!target.url) throw new Error('A PostgreSQL backup restores into PostgreSQL (set DATABASE_URL to the empty database)');
  await run('pg_restore', ['--no-owner', '--no-privileges', '--exit-on-error', `--dbname=${target.url}`, file], { maxBuffer: 16 * 1024 * 1024 });
  return openDatabase(target);
}

/** Restores, then checks that every table has its rows and every media object is there. */
export async function restoreBackup(options: { dir: string; target: DatabaseOptions; storage: Storage }): Promise<RestoreReport> {
  const manifest = await readManifest(options.dir);
  const database = await restoreDatabase(manifest, options.dir, options.target);
  try {
    let objectsRestored = 0;
    const objectsMissing: string[] = [];
    for (const object of manifest.media.objects) {
      if (manifest.media.copied) {
        const body = await readFile(path.join(options.dir, 'media', object.key));
        await options.storage.put(object.key, body, 'application/octet-stream');
        objectsRestored++;
      }
      const head = await options.storage.head(object.key);
      if (!head || head.bytes !== object.bytes) objectsMissing.push(object.key);
    }
    const rowCounts = await countRows(database);
    const missingTables = Object.entries(manifest.database.rowCounts)
      .filter(([table, n]) => (rowCounts[table] ?? -1) < n)
      .map(([table]) => table);
    return { rowCounts, missingTables, objectsRestored, objectsMissing };
  } finally {
    await database.close();
  }
}
