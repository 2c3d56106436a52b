import type { TestProject } from 'vitest/node';
import { startService } from '../services';
import { clusterServicesOf } from './launch';
import './provided-cluster';

/** The shared services of a deployment: PostgreSQL behind PgBouncer (small pool), Redis, and Swift S3. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const [pg, redis, s3] = await Promise.all([
    startService('pg', { env: { PGB_POOL_SIZE: '5', PGB_QUERY_WAIT_TIMEOUT: '2' }, installHint: 'apt-get install -y postgresql-15 postgresql-contrib pgbouncer' }),
    startService('redis', { installHint: 'apt-get install -y redis-server' }),
    startService('s3', { installHint: 'apt-get install -y swift swift-proxy swift-object swift-account swift-container memcached' }),
  ]);
  project.provide('cluster', { ...clusterServicesOf(pg, redis, s3), pgBase: pg.values.PG_BASE!, redisBase: redis.values.REDIS_BASE! });
  return async () => {
    await Promise.all([pg.stop(), redis.stop(), s3.stop()]);
  };
}
