/**
 * The world `npm run bench:load` runs in: PostgreSQL 15 behind PgBouncer (transaction pooling, the pool
 * of docs/operations.md), Redis and Swift S3 from scripts/services; a database with the demo content and
 * a generated catalogue (`npm run seed`); members written directly (an Argon2 hash each would take
 * minutes), their chat threads, and the test data the traffic draws from.
 */
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { promisify } from 'node:util';
import sharp from 'sharp';
import { type ClusterServices, clusterServicesOf, createDatabase } from '../apps/server/test/cluster/launch';
import { type RunningService, startService, withDatabase } from '../apps/server/test/services';
import { sampleQueries } from '../apps/server/src/content/generator';
import { openDatabase } from '../apps/server/src/db/connection';
import { seedDemoContent } from '../apps/server/src/db/demo-seed';
import { migrateToLatest } from '../apps/server/src/db/migrate';
import { createAccessTokens } from '../apps/server/src/platform/access-tokens';

const run = promisify(execFile);
/** docs/operations.md §3: PostgreSQL sees at most this many connections for the application. */
export const pgBouncerPoolSize = 8;
const catalogueSeed = 42;

export interface Services {
  cluster: ClusterServices;
  pgbAdminUrl: string;
  stop(): Promise<void>;
}

export async function startServices(): Promise<Services> {
  const started: RunningService[] = [];
  const start = async (name: 'pg' | 'redis' | 's3', env: Record<string, string>, installHint: string) => {
    const service = await startService(name, { env, installHint });
    started.push(service);
    return service;
  };
  try {
    const [pgService, redis, s3] = await Promise.all([
      start('pg', { PGB_POOL_SIZE: String(pgBouncerPoolSize), PGB_QUERY_WAIT_TIMEOUT: '10' }, 'apt-get install -y postgresql-15 postgresql-contrib pgbouncer'),
      start('redis', {}, 'apt-get install -y redis-server'),
      start('s3', {}, 'apt-get install -y swift swift-proxy swift-object swift-account swift-container memcached'),
    ]);
    return {
      cluster: clusterServicesOf(pgService, redis, s3),
      pgbAdminUrl: withDatabase(pgService.values.DATABASE_URL!, 'pgbouncer'),
      stop: async () => void (await Promise.all(started.map((s) => s.stop()))),
    };
  } catch (error) {
    await Promise.all(started.map((s) => s.stop()));
    throw error;
  }
}

export interface Fixtures {
  database: string;
  jwtSecret: string;
  members: { id: number; token: string; thread: number }[];
  projectSlugs: string[];
  conceptSlugs: string[];
  queries: string[];
  seedLog: string;
}

/** A migrated database with demo content, `projects` generated projects, and `memberCount` members in threads of 10. */
export async function prepareDatabase(services: ClusterServices, options: { projects: number; memberCount: number }): Promise<Fixtures> {
  const name = await createDatabase(services.pgDirectUrl, 'load');
  const url = withDatabase(services.pgBouncerUrl, name);
  const database = await openDatabase({ url, dataDir: 'unused', poolMax: 2, acquireTimeoutMs: 10_000 });
  try {
    await migrateToLatest(database);
    await seedDemoContent(database.db);
    const concepts = String(Math.max(50, Math.round(options.projects / 100)));
    const seeded = await run(process.execPath, ['--import', 'tsx', 'apps/server/src/cli/seed.ts', '--projects', String(options.projects), '--concepts', concepts, '--seed', String(catalogueSeed)], {
      env: { ...process.env, DATABASE_URL: url, LOG_LEVEL: 'warn' },
      timeout: 900_000,
      maxBuffer: 16 * 2 ** 20,
    });
    const db = database.db;
    const users = await db
      .insertInto('users')
      .values(Array.from({ length: options.memberCount }, (_, i) => ({ display_name: `Membre ${i}`, email: `charge.${i}@example.org`, password_hash: null })))
      .returning('id')
      .execute();
    const threadCount = Math.ceil(options.memberCount / 10);
    const threads = await db
      .insertInto('chat_threads')
      .values(Array.from({ length: threadCount }, (_, i) => ({ kind: 'private' as const, title: `Groupe ${i}`, project_slug: null, created_by: users[0]!.id })))
      .returning('id')
      .execute();
    await db
      .insertInto('chat_memberships')
      .values(users.map((u, i) => ({ thread_id: threads[i % threadCount]!.id, user_id: u.id, role: 'member' as const })))
      .execute();
    const projectSlugs = await db.selectFrom('projects').select('slug').where('published', '=', true).orderBy('id').limit(50_000).execute();
    const conceptSlugs = await db.selectFrom('concepts').select('slug').orderBy('id').limit(1_000).execute();
    const jwtSecret = randomBytes(32).toString('hex');
    // An hour: longer than any run, within the server's own bound on lifetimes.
    const tokens = createAccessTokens(new TextEncoder().encode(jwtSecret), 3_600);
    const members = await Promise.all(users.map(async (u, i) => ({ id: u.id, token: await tokens.issue({ userId: u.id, role: 'member' }), thread: threads[i % threadCount]!.id })));
    return {
      database: name,
      jwtSecret,
      members,
      projectSlugs: projectSlugs.map((p) => p.slug),
      conceptSlugs: conceptSlugs.map((c) => c.slug),
      queries: sampleQueries(catalogueSeed, 1_000, { projectCount: options.projects }).map((q) => q.query),
      seedLog: seeded.stdout.trim(),
    };
  } finally {
    await database.close();
  }
}

/** Distinct small photo-like JPEGs (640×480, grain as a camera's): each upload is new bytes, so nothing is deduplicated. */
export async function smallJpegs(count: number): Promise<Buffer[]> {
  const width = 640;
  const height = 480;
  const noise = { type: 'gaussian' as const, mean: 128, sigma: 40 };
  const pixels = await sharp({ create: { width, height, channels: 3, background: '#708050', noise } }).blur(0.8).raw().toBuffer();
  const row = width * 3;
  const images: Buffer[] = [];
  for (let i = 0; i < count; i++) {
    const copy = Buffer.from(pixels);
    copy.fill(i % 256, (i % height) * row, ((i % height) + 1) * row);
    copy.fill(Math.floor(i / 256) % 256, ((i + 240) % height) * row, (((i + 240) % height) + 1) * row);
    images.push(await sharp(copy, { raw: { width, height, channels: 3 } }).jpeg({ quality: 82 }).toBuffer());
  }
  return images;
}
