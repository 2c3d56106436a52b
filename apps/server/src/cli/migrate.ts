import { migrateToLatest } from '../db/migrate';
import { configOrExit, openConfiguredDatabase } from '../startup';

const config = configOrExit();
const database = await openConfiguredDatabase(config);
try {
  const results = await migrateToLatest(database);
  for (const r of results) process.stdout.write(`${r.status}: ${r.migrationName}\n`);
  process.stdout.write(results.length ? 'schema up to date\n' : 'nothing to migrate\n');
} finally {
  await database.close();
}
