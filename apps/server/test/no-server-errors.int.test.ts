import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiPath } from '@egoejo/contracts';
import { makeAdmin, makeMember, uniqueIp, type TestUser } from './factories';
import { type TestApp, createTestApp } from './harness';

/**
 * Nothing a client sends yields a 5xx: random and malformed bodies, headers and query strings, sent to
 * every route of the OpenAPI document (so every new route is covered as soon as it is registered).
 */
let t: TestApp;
let admin: TestUser;
let member: TestUser;
let routes: { method: string; url: string }[];

beforeAll(async () => {
  t = await createTestApp();
  admin = await makeAdmin(t);
  member = await makeMember(t);
  const doc = t.app.swagger() as { paths: Record<string, Record<string, unknown>> };
  routes = Object.entries(doc.paths).flatMap(([url, methods]) =>
    Object.keys(methods).map((method) => ({ method: method.toUpperCase(), url: url.replace(/\{[^}]+\}/g, ':param') })),
  );
});
afterAll(() => t.close());

const jsonValue = fc.jsonValue({ maxDepth: 3 });
const weirdString = fc.oneof(
  fc.string({ maxLength: 60 }),
  fc.constantFrom('', ' ', '%', '%00', '../..', "'; DROP TABLE users; --", '\\', '.*', '😀', 'null', '-1', '1e309', '9'.repeat(40), '__proto__'),
);
const body = fc.oneof(
  jsonValue.map((v) => ({ payload: JSON.stringify(v), type: 'application/json' })),
  fc.record({ email: weirdString, password: weirdString, name: weirdString, profile: weirdString, displayName: weirdString, refreshToken: weirdString }, { requiredKeys: [] })
    .map((v) => ({ payload: JSON.stringify(v), type: 'application/json' })),
  fc.string({ maxLength: 200 }).map((s) => ({ payload: s, type: 'application/json' })),
  fc.string({ maxLength: 200 }).map((s) => ({ payload: s, type: 'text/plain' })),
  fc.string({ maxLength: 200 }).map((s) => ({ payload: s, type: 'multipart/form-data; boundary=x' })),
  fc.constant({ payload: '', type: 'application/x-www-form-urlencoded' }),
);
const query = fc.dictionary(
  fc.constantFrom('q', 'cursor', 'limit', 'from', 'to', 'profile', 'kind', 'status', 'category', 'before', 'after', 'threadId', 'x'),
  weirdString,
  { maxKeys: 4 },
);
const who = fc.constantFrom('visitor', 'member', 'admin', 'forged');

describe('no request yields a server error', () => {
  it('covers the routes of the foundation at least', () => {
    const urls = routes.map((r) => r.url);
    for (const path of [ApiPath.register, ApiPath.login, ApiPath.refresh, ApiPath.me, ApiPath.intents, ApiPath.adminIntents, ApiPath.adminAudit]) {
      expect(urls).toContain(path);
    }
  });

  it('answers random input on every route with a status below 500', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(), body, query, who, weirdString, async (routeIndex, b, q, caller, param) => {
        const route = routes[routeIndex % routes.length]!;
        const headers: Record<string, string> = { 'content-type': b.type };
        if (caller === 'member') headers.authorization = `Bearer ${member.token}`;
        if (caller === 'admin') headers.authorization = `Bearer ${admin.token}`;
        if (caller === 'forged') headers.authorization = `Bearer ${param}`;
        const search = new URLSearchParams(q).toString();
        const url = route.url.replaceAll(':param', encodeURIComponent(param) || 'x') + (search ? `?${search}` : '');
        const hasBody = !['GET', 'HEAD'].includes(route.method);
        const reply = await t.app.inject({
          method: route.method as 'GET',
          url,
          headers,
          remoteAddress: uniqueIp(),
          ...(hasBody ? { payload: b.payload } : {}),
        });
        expect(reply.statusCode, `${route.method} ${url} → ${reply.body.slice(0, 300)}`).toBeLessThan(500);
        if (reply.statusCode >= 400) expect(reply.json().error.code).toEqual(expect.any(String));
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 400) },
    );
  });
});
