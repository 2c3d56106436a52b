import { parseArgs } from 'node:util';
import { restoreBackup } from '../platform/backup/restore';
import { createStorage } from '../platform/storage/create-storage';
import { configOrExit } from '../startup';

/** `npm run restore -- --from DIR` into an EMPTY instance (fresh DATA_DIR, or an empty PostgreSQL database). */
const { values } = parseArgs({ options: { from: { type: 'string' } } });
if (!values.from) {
  console.error('usage: npm run restore -- --from DIR');
  process.exit(2);
}
const config = configOrExit();
const storage = createStorage(config);
try {
  const report = await restoreBackup({
    dir: values.from,
    storage,
    target: {
      url: config.DIRECT_DATABASE_URL ?? config.DATABASE_URL,
      dataDir: config.DATA_DIR,
      poolMax: 2,
      acquireTimeoutMs: config.DB_ACQUIRE_TIMEOUT_MS,
    },
  });
  console.log(`restored: ${Object.values(report.rowCounts).reduce((a, b) => a + b, 0)} rows, ${report.objectsRestored} media objects`);
  if (report.missingTables.length || report.objectsMissing.length) {
    console.error(`INCOMPLETE: tables short of rows: ${report.missingTables.join(', ') || 'none'}; objects missing: ${report.objectsMissing.length}`);
    process.exitCode = 1;
  }
} finally {
  storage.close();
}
