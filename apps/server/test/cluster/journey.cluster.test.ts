import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiPath } from '@egoejo/contracts';
import { type Cluster, startCluster } from './cluster';

let cluster: Cluster;
const adminEmail = 'admin.cluster@example.org';
const adminPassword = 'une-racine-profonde-2026';

beforeAll(async () => {
  cluster = await startCluster({ processes: 3, env: { ADMIN_EMAIL: adminEmail, ADMIN_PASSWORD: adminPassword } });
}, 180_000);
afterAll(async () => {
  await cluster?.stop();
});

const client = '203.0.113.7';
async function call(method: string, url: string, options: { body?: unknown; token?: string; cookie?: string; ip?: string } = {}) {
  const headers: Record<string, string> = { 'x-forwarded-for': options.ip ?? client };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.cookie) headers.cookie = options.cookie;
  const reply = await fetch(`${cluster.url}${url}`, { method, headers, body: options.body === undefined ? undefined : JSON.stringify(options.body) });
  const text = await reply.text();
  return { status: reply.status, headers: reply.headers, text, json: () => JSON.parse(text) as Record<string, unknown> };
}

const refreshCookieOf = (headers: Headers) => headers.getSetCookie().map((c) => c.split(';')[0]!).find((c) => c.startsWith('egoejo_refresh='))!;

describe('the API journey through nginx over three server processes', () => {
  it('signs up, logs in, refreshes, joins, and an admin finds the join request, across processes', async () => {
    const email = `cluster.${Date.now()}@example.org`;
    const password = 'des-haies-pour-les-oiseaux';
    expect((await call('POST', ApiPath.register, { body: { email, password, displayName: 'Noé' } })).status).toBe(201);
    const login = await call('POST', ApiPath.login, { body: { email, password } });
    expect(login.status).toBe(200);
    const token = String(login.json().accessToken);
    let cookie = refreshCookieOf(login.headers);
    for (let i = 0; i < 6; i++) {
      expect((await call('GET', ApiPath.me, { token })).status).toBe(200);
      const refreshed = await call('POST', ApiPath.refresh, { cookie });
      expect(refreshed.status).toBe(200);
      cookie = refreshCookieOf(refreshed.headers);
    }
    expect((await call('POST', ApiPath.intents, { body: { name: 'Noé', email, profile: 'je-participe', message: 'Via nginx' } })).status).toBe(201);

    const admin = await call('POST', ApiPath.login, { body: { email: adminEmail, password: adminPassword }, ip: '203.0.113.8' });
    expect(admin.status).toBe(200);
    const list = await call('GET', `${ApiPath.adminIntents}?q=${encodeURIComponent(email)}`, { token: String(admin.json().accessToken) });
    expect(list.json().items).toEqual([expect.objectContaining({ email, message: 'Via nginx' })]);

    const upstreams = await cluster.upstreamsUsed();
    expect(upstreams.size).toBe(3);
  });

  it('keeps rate limits across processes (Redis): the 6th login for one email from one address is refused', async () => {
    const ip = '198.51.100.23';
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      statuses.push((await call('POST', ApiPath.login, { body: { email: 'personne@example.org', password: 'mauvais-mot-de-passe' }, ip })).status);
    }
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses[5]).toBe(429);
  });

  it('restarts a process gracefully: it exits 0 and the cluster keeps answering', async () => {
    const pending = Array.from({ length: 20 }, () => call('GET', ApiPath.ready));
    const code = await cluster.restart(1);
    expect(code).toBe(0);
    const replies = await Promise.all(pending);
    expect(replies.every((r) => r.status === 200)).toBe(true);
    expect((await call('GET', ApiPath.ready)).status).toBe(200);
  });
});
