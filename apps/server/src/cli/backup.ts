import path from 'node:path';
import { parseArgs } from 'node:util';
import { createBackup } from '../platform/backup/backup';
import { createStorage } from '../platform/storage/create-storage';
import { configOrExit, openConfiguredDatabase } from '../startup';

/**
 * `npm run backup -- [--out DIR]`: the database (pg_dump, or the PGlite data directory) and the media.
 * On PGlite, stop the server first: the embedded database belongs to one process at a time.
 */
const { values } = parseArgs({ options: { out: { type: 'string' } } });
const config = configOrExit();
const dir = path.resolve(values.out ?? path.join('backups', new Date().toISOString().replace(/[:.]/g, '-')));
const database = await openConfiguredDatabase(config);
const storage = createStorage(config);
try {
  const manifest = await createBackup({ database, storage, dir, directUrl: config.DIRECT_DATABASE_URL ?? config.DATABASE_URL });
  const rows = Object.values(manifest.database.rowCounts).reduce((a, b) => a + b, 0);
  console.log(`backup written to ${dir}: ${rows} rows, ${manifest.media.objects.length} media objects${manifest.media.copied ? ' (copied)' : ' (listed; they stay in the bucket)'}`);
} finally {
  storage.close();
  await database.close();
}
