import type { TestProject } from 'vitest/node';
import { startService } from './services';
import './provided';

/**
 * Starts a real PostgreSQL 15 and a real PgBouncer (transaction pooling, small pool) for this run.
 * Nothing is skipped when they cannot start: the run fails and says how to install them.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const pg = await startService('pg', { installHint: 'apt-get install -y postgresql-15 postgresql-contrib pgbouncer' });
  project.provide('pgBouncerUrl', pg.values.DATABASE_URL!);
  project.provide('pgDirectUrl', pg.values.DIRECT_DATABASE_URL!);
  return pg.stop;
}
