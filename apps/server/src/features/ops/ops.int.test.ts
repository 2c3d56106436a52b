import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiPath } from '@egoejo/contracts';
import { type TestApp, createTestApp, openTestDatabase, testConfig, testSecret } from '../../../test/harness';
import { buildApp } from '../../app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ CORS_ALLOWED_ORIGINS: 'https://egoejo.org' });
});
afterAll(() => t.close());

describe('operations endpoints', () => {
  it('reports the process alive and the database ready', async () => {
    expect((await t.app.inject({ url: ApiPath.health })).json()).toEqual({ status: 'ok' });
    const ready = await t.app.inject({ url: ApiPath.ready });
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toEqual({ status: 'ok', checks: expect.objectContaining({ database: 'ok' }) });
  });

  it('answers 503 naming the failing part, never the error text', async () => {
    t.ctx.readinessChecks.set('storage', async () => {
      throw new Error('secret-endpoint.internal refused the connection');
    });
    try {
      const ready = await t.app.inject({ url: ApiPath.ready });
      expect(ready.statusCode).toBe(503);
      expect(ready.json()).toEqual({ status: 'unavailable', checks: expect.objectContaining({ database: 'ok', storage: 'failing' }) });
      expect(ready.body).not.toContain('secret-endpoint');
    } finally {
      t.ctx.readinessChecks.delete('storage');
    }
  });

  it('exposes Prometheus metrics: request latency by route and the database pool', async () => {
    await t.app.inject({ url: ApiPath.health });
    const metrics = await t.app.inject({ url: '/metrics' });
    expect(metrics.headers['content-type']).toContain('text/plain');
    expect(metrics.body).toMatch(/http_request_duration_seconds_count\{method="GET",route="\/api\/health",status="200"\} \d+/);
    expect(metrics.body).toMatch(/db_pool_connections\{state="in_use"\} \d+/);
    expect(metrics.body).toMatch(/db_pool_connections\{state="waiting"\} \d+/);
  });

  it('serves an OpenAPI document generated from the schemas', async () => {
    const doc = (await t.app.inject({ url: ApiPath.openapi })).json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(doc.paths[ApiPath.register].post.requestBody.content['application/json'].schema.properties).toHaveProperty('password');
    expect(doc.paths[ApiPath.intents].post.requestBody.content['application/json'].schema.properties.profile.enum).toEqual([
      'je-decouvre',
      'je-participe',
      'je-contribue',
    ]);
  });

  it('answers unknown API paths with a JSON 404', async () => {
    const reply = await t.app.inject({ url: '/api/nope' });
    expect(reply.statusCode).toBe(404);
    expect(reply.json().error.code).toBe('not_found');
  });

  it('sends security headers: a CSP without inline scripts, nosniff, no framing', async () => {
    const reply = await t.app.inject({ url: ApiPath.health });
    const csp = String(reply.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(reply.headers['x-content-type-options']).toBe('nosniff');
    expect(reply.headers['strict-transport-security']).toBeUndefined(); // only in production
  });

  it('allows CORS only for the configured origins', async () => {
    const allowed = await t.app.inject({ url: ApiPath.health, headers: { origin: 'https://egoejo.org' } });
    expect(allowed.headers['access-control-allow-origin']).toBe('https://egoejo.org');
    const other = await t.app.inject({ url: ApiPath.health, headers: { origin: 'https://evil.example' } });
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
  });
});

describe('a bounded database pool', () => {
  it('answers 503 with Retry-After when no connection frees up in time, instead of hanging', async () => {
    const { database, drop } = await openTestDatabase({ poolMax: 1, acquireTimeoutMs: 300 });
    const { app } = await buildApp({ config: testConfig(t.dataDir), database, signingSecret: new TextEncoder().encode(testSecret) });
    const held = await database.pool.connect();
    try {
      const reply = await app.inject({ method: 'POST', url: ApiPath.login, payload: { email: 'x@example.org', password: 'abcdefghijkl' } });
      expect(reply.statusCode).toBe(503);
      expect(reply.json().error.code).toBe('database_unavailable');
      expect(reply.headers['retry-after']).toBeDefined();
    } finally {
      held.release();
      await app.close();
      await database.close();
      await drop();
    }
  });
});
