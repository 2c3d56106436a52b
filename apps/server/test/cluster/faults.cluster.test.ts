import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { ApiPath } from '@egoejo/contracts';
import { withDatabase } from '../harness';
import { type Cluster, startCluster } from './cluster';
import { restartPgBouncer, startPostgres, startRedis, stopPostgres, stopRedis } from './faults';

/**
 * Faults of the shared parts, while clients keep calling: what users see (503 with Retry-After, never a
 * 500 or a hang), that everything works again without restarting the servers, and that nothing acked is lost.
 */
let cluster: Cluster;
let token: string;

beforeAll(async () => {
  cluster = await startCluster({ processes: 2 });
  const email = `faults.${Date.now()}@example.org`;
  const password = 'des-haies-pour-les-oiseaux';
  await call('POST', ApiPath.register, { email, password, displayName: 'Faille' });
  token = String((await call('POST', ApiPath.login, { email, password })).body.accessToken);
}, 180_000);
afterAll(async () => {
  await cluster?.stop();
});

let ipCounter = 0;
async function call(method: string, url: string, body?: unknown, auth?: string) {
  const headers: Record<string, string> = { 'x-forwarded-for': `192.0.2.${(ipCounter++ % 250) + 1}` };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (auth) headers.authorization = `Bearer ${auth}`;
  const started = Date.now();
  const reply = await fetch(`${cluster.url}${url}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), signal: AbortSignal.timeout(20_000) });
  const text = await reply.text();
  let parsed: Record<string, unknown>;
  try {
    parsed = text ? (JSON.parse(text) as Record<string, unknown>) : {};
  } catch {
    throw new Error(`${method} ${url} answered ${reply.status} with a non-JSON body: ${text.slice(0, 200)}`);
  }
  return { status: reply.status, retryAfter: reply.headers.get('retry-after'), ms: Date.now() - started, body: parsed };
}

interface LoadResult {
  statuses: number[];
  missingRetryAfter: number;
  slowest: number;
  acked: string[];
}

/** Reads (who am I) and writes (join requests) at a steady pace until `stop` resolves. */
async function loadUntil(stop: Promise<void>): Promise<LoadResult> {
  const result: LoadResult = { statuses: [], missingRetryAfter: 0, slowest: 0, acked: [] };
  let done = false;
  void stop.then(() => (done = true));
  while (!done) {
    const email = `charge.${randomBytes(4).toString('hex')}@example.org`;
    const [read, write] = await Promise.all([
      call('GET', ApiPath.me, undefined, token),
      call('POST', ApiPath.intents, { name: 'Charge', email, profile: 'je-decouvre' }),
    ]);
    for (const reply of [read, write]) {
      result.statuses.push(reply.status);
      result.slowest = Math.max(result.slowest, reply.ms);
      if (reply.status === 503 && !reply.retryAfter) result.missingRetryAfter++;
    }
    if (write.status === 201) result.acked.push(email);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return result;
}

async function recovered(timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if ((await call('GET', ApiPath.me, undefined, token)).status === 200 && (await call('GET', ApiPath.ready)).status === 200) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error('the cluster did not recover in time');
}

async function storedEmails(emails: string[]): Promise<Set<string>> {
  const database = new URL(cluster.env.DATABASE_URL!).pathname.slice(1);
  const client = new pg.Client({ connectionString: withDatabase(inject('cluster').pgDirectUrl, database) });
  await client.connect();
  const rows = await client.query<{ email: string }>('SELECT email FROM intents WHERE email = ANY($1)', [emails]);
  await client.end();
  return new Set(rows.rows.map((r) => r.email));
}

function expectOnlyOkOr503(result: LoadResult): void {
  expect(result.statuses.filter((s) => ![200, 201, 503].includes(s))).toEqual([]);
  expect(result.missingRetryAfter).toBe(0);
}

describe('faults', () => {
  it('PostgreSQL restarted mid-load: 503 with Retry-After meanwhile, back without restarting servers, no acked write lost', async () => {
    const pids = cluster.servers.map((s) => s.child.pid);
    const outage = (async () => {
      await new Promise((resolve) => setTimeout(resolve, 500));
      await stopPostgres();
      await new Promise((resolve) => setTimeout(resolve, 3_000));
      await startPostgres();
    })();
    const result = await loadUntil(outage);
    await recovered();
    expectOnlyOkOr503(result);
    expect(result.statuses).toContain(503);
    expect(cluster.servers.map((s) => s.child.pid)).toEqual(pids);
    const stored = await storedEmails(result.acked);
    expect(result.acked.filter((e) => !stored.has(e))).toEqual([]);
  });

  it('PgBouncer restarted mid-load: the same', async () => {
    const outage = (async () => {
      await new Promise((resolve) => setTimeout(resolve, 500));
      await restartPgBouncer(2_000);
    })();
    const result = await loadUntil(outage);
    await recovered();
    expectOnlyOkOr503(result);
    const stored = await storedEmails(result.acked);
    expect(result.acked.filter((e) => !stored.has(e))).toEqual([]);
  });

  it('Redis killed: requests keep working, readiness names redis, and it recovers by itself', async () => {
    await stopRedis();
    try {
      expect((await call('GET', ApiPath.me, undefined, token)).status).toBe(200);
      expect((await call('POST', ApiPath.intents, { name: 'Sans Redis', email: `redis.${Date.now()}@example.org`, profile: 'je-decouvre' })).status).toBe(201);
      const ready = await call('GET', ApiPath.ready);
      expect(ready.status).toBe(503);
      expect(ready.body.checks).toMatchObject({ redis: 'failing', database: 'ok' });
    } finally {
      await startRedis();
    }
    await recovered();
  });
});
