import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiPath, pathWith } from '@egoejo/contracts';
import { type TestSocket, openSocket } from '../ws-client';
import { type Cluster, startCluster } from './cluster';
import { startRedis, stopRedis } from './faults';

let cluster: Cluster;
beforeAll(async () => {
  cluster = await startCluster({ processes: 2, env: { CHAT_PRESENCE_TTL_SECONDS: '2' } });
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

async function member(name: string): Promise<{ id: number; token: string }> {
  const email = `${name}.${Date.now()}@example.org`;
  const password = 'des-haies-pour-les-oiseaux';
  const registered = await call(0, 'POST', ApiPath.register, { email, password, displayName: name });
  const login = await call(1, 'POST', ApiPath.login, { email, password });
  return { id: (registered.json.user as { id: number }).id, token: String(login.json.accessToken) };
}

const newIds = (socket: TestSocket) => socket.received.flatMap((m) => (m.type === 'message.new' ? [m.message.id] : []));

describe('chat across two server processes (PostgreSQL through PgBouncer, Redis)', () => {
  let alice: { id: number; token: string };
  let bob: { id: number; token: string };
  let thread: number;
  let onA: TestSocket;
  let onB: TestSocket;

  beforeAll(async () => {
    alice = await member('Alice');
    bob = await member('Bob');
    const created = await call(0, 'POST', ApiPath.chatThreads, { kind: 'private', title: 'Deux processus', memberIds: [bob.id] }, alice.token);
    thread = (created.json.thread as { id: number }).id;
    onA = await openSocket(wsOf(0), { token: alice.token });
    onB = await openSocket(wsOf(1), { token: bob.token });
    for (const socket of [onA, onB]) {
      socket.send({ type: 'subscribe', thread, after: 0 });
      await socket.next('subscribed');
    }
  });

  const stored = async () =>
    ((await call(0, 'GET', `${pathWith(ApiPath.chatThreadMessages, { id: thread })}?limit=200`, undefined, alice.token)).json.items as { id: number }[]).map((m) => m.id);

  it('shows the same messages, in the same order, and the same presence on both processes', async () => {
    await onA.next('presence', (m) => m.online.some((u) => u.id === bob.id));
    await onB.next('presence', (m) => m.online.some((u) => u.id === alice.id));
    for (let i = 0; i < 10; i++) {
      const [socket, clientId] = i % 2 ? [onB, `b-${i}`] : [onA, `a-${i}`];
      socket.send({ type: 'message.send', thread, clientId, text: `message ${i}` });
    }
    await expect.poll(async () => (await stored()).length).toBe(10);
    await expect.poll(() => [newIds(onA).length, newIds(onB).length]).toEqual([10, 10]);
    expect(newIds(onA)).toEqual(await stored());
    expect(newIds(onB)).toEqual(newIds(onA));
  });

  it('keeps committing while Redis is down, and the other process catches up once it is back', async () => {
    await stopRedis();
    try {
      onA.send({ type: 'message.send', thread, clientId: 'sans-redis', text: 'Redis est tombé' });
      const ack = await onA.next('ack', (m) => m.clientId === 'sans-redis');
      expect((await stored()).at(-1)).toBe(ack.id);
      const ready = await fetch(`${httpOf(1)}${ApiPath.ready}`);
      expect(ready.status).toBe(503);
    } finally {
      await startRedis();
    }
    await expect.poll(async () => (await fetch(`${httpOf(1)}${ApiPath.ready}`)).status, { timeout: 15_000 }).toBe(200);
    // Once the subscriber is back, the next message shows B a hole in the seqs, which B fills from the database.
    let attempt = 0;
    await expect
      .poll(
        async () => {
          onA.send({ type: 'message.send', thread, clientId: `retour-${++attempt}`, text: 'Redis est revenu' });
          await new Promise((r) => setTimeout(r, 300));
          return newIds(onB).length === (await stored()).length;
        },
        { timeout: 15_000, interval: 200 },
      )
      .toBe(true);
    expect(newIds(onB)).toEqual(await stored());
  });

  it('drops the users of a killed process from presence', async () => {
    await cluster.kill(1);
    await onA.next('presence', (m) => !m.online.some((u) => u.id === bob.id) && m.online.some((u) => u.id === alice.id), 15_000);
  });
});
