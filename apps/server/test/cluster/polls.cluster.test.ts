import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiPath, pathWith } from '@egoejo/contracts';
import { type TestSocket, openSocket } from '../ws-client';
import { type Cluster, startCluster } from './cluster';

let cluster: Cluster;
beforeAll(async () => {
  cluster = await startCluster({ processes: 2 });
}, 180_000);
afterAll(async () => {
  await cluster?.stop();
});

const httpOf = (index: number) => `http://127.0.0.1:${cluster.servers[index]!.port}`;
const wsOf = (index: number) => `ws://127.0.0.1:${cluster.servers[index]!.port}/ws`;
let ipCounter = 0;

async function call(index: number, method: string, url: string, body?: unknown, token?: string) {
  const headers: Record<string, string> = { 'x-forwarded-for': `198.51.100.${++ipCounter}` };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (token) headers.authorization = `Bearer ${token}`;
  const reply = await fetch(`${httpOf(index)}${url}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  return { status: reply.status, json: (await reply.json()) as Record<string, unknown> };
}

async function member(name: string): Promise<string> {
  const email = `${name}.${Date.now()}@example.org`;
  const password = 'des-haies-pour-les-oiseaux';
  await call(0, 'POST', ApiPath.register, { email, password, displayName: name });
  return String((await call(1, 'POST', ApiPath.login, { email, password })).json.accessToken);
}

const counts = (socket: TestSocket) =>
  socket.received.flatMap((m) => (m.type === 'poll.updated' && m.poll.results ? [m.poll.results.ballotCount] : []));

describe('live poll results across two server processes (PostgreSQL through PgBouncer, Redis)', () => {
  it('moves the results on both processes, whichever process takes the ballot', async () => {
    const creator = await member('Iris');
    const voters = [await member('Jules'), await member('Kenza')];
    const created = await call(0, 'POST', ApiPath.polls, {
      question: 'Quel arbre planter ?',
      method: 'single',
      options: [{ label: 'Chêne' }, { label: 'Tilleul' }],
      resultsVisibility: 'always',
    }, creator);
    expect(created.status).toBe(201);
    const poll = created.json as { id: number; options: { id: number }[] };
    expect((await call(1, 'POST', pathWith(ApiPath.pollOpen, { id: poll.id }), undefined, creator)).status).toBe(200);

    const onA = await openSocket(wsOf(0));
    const onB = await openSocket(wsOf(1));
    for (const socket of [onA, onB]) {
      socket.send({ type: 'poll.subscribe', poll: poll.id });
      await socket.next('poll.updated');
    }
    expect((await call(0, 'POST', pathWith(ApiPath.pollBallots, { id: poll.id }), { optionIds: [poll.options[0]!.id] }, voters[0])).status).toBe(200);
    await expect.poll(() => [counts(onA).at(-1), counts(onB).at(-1)], { timeout: 5_000 }).toEqual([1, 1]);
    expect((await call(1, 'POST', pathWith(ApiPath.pollBallots, { id: poll.id }), { optionIds: [poll.options[1]!.id] }, voters[1])).status).toBe(200);
    await expect.poll(() => [counts(onA).at(-1), counts(onB).at(-1)], { timeout: 5_000 }).toEqual([2, 2]);
    await onA.close();
    await onB.close();
  });
});
