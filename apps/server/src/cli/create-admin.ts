import { parseArgs } from 'node:util';
import { Email } from '@egoejo/contracts';
import { migrateToLatest } from '../db/migrate';
import { ensureAdmin } from '../features/accounts/service';
import { AppError } from '../platform/errors';
import { configOrExit, openConfiguredDatabase } from '../startup';

const { values } = parseArgs({ options: { email: { type: 'string' }, password: { type: 'string' } } });
const email = Email.safeParse(values.email ?? '');
if (!email.success || !values.password) {
  process.stderr.write('usage: npm run create-admin -- --email E --password P\n');
  process.exit(2);
}
const config = configOrExit();
const database = await openConfiguredDatabase(config);
try {
  await migrateToLatest(database);
  const outcome = await ensureAdmin(database.db, email.data, values.password);
  process.stdout.write(`admin ${email.data}: ${outcome}\n`);
} catch (error) {
  if (!(error instanceof AppError)) throw error;
  process.stderr.write(`${error.message}\n`);
  process.exitCode = 1;
} finally {
  await database.close();
}
