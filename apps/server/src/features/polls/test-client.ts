import type { InjectOptions } from 'fastify';
import { ApiPath, pathWith } from '@egoejo/contracts';
import { uniqueIp } from '../../../test/factories';
import type { TestApp } from '../../../test/harness';

// The project configs do not inherit the root timeouts; creating users hashes passwords (Argon2id) and
// the live tests wait for throttled updates, both slow on a busy two-core machine.
export const hookTimeoutMs = 120_000;
export const slowTestTimeoutMs = 30_000;

/** Request helpers shared by the polls integration tests. */
export function pollClient(t: TestApp) {
  const call = (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, auth?: { authorization: string }, payload?: object) => {
    const options: InjectOptions = { method, url, remoteAddress: uniqueIp() };
    if (auth) options.headers = auth;
    if (payload !== undefined) options.payload = payload;
    return t.app.inject(options);
  };
  const at = (path: string, id: number) => pathWith(path, { id });
  return {
    create: (auth: { authorization: string } | undefined, body: Record<string, unknown>) => call('POST', ApiPath.polls, auth, body),
    get: (id: number, auth?: { authorization: string }) => call('GET', at(ApiPath.poll, id), auth),
    list: (query: string, auth?: { authorization: string }) => call('GET', `${ApiPath.polls}?${query}`, auth),
    patch: (id: number, auth: { authorization: string } | undefined, body: object) => call('PATCH', at(ApiPath.poll, id), auth, body),
    remove: (id: number, auth?: { authorization: string }) => call('DELETE', at(ApiPath.poll, id), auth),
    open: (id: number, auth?: { authorization: string }) => call('POST', at(ApiPath.pollOpen, id), auth),
    close: (id: number, auth?: { authorization: string }) => call('POST', at(ApiPath.pollClose, id), auth),
    vote: (id: number, auth: { authorization: string } | undefined, body: object) => call('POST', at(ApiPath.pollBallots, id), auth, body),
  };
}
