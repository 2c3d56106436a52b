import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ApiPath } from '@egoejo/contracts';
import { type TestUser, makeMember } from '../../../test/factories';
import { type TestApp, createTestApp } from '../../../test/harness';
import { type TestSocket, openSocket, wsUrlOf } from '../../../test/ws-client';

let t: TestApp;
let url: string;
beforeAll(async () => {
  t = await createTestApp();
  url = await wsUrlOf(t);
});
afterAll(() => t.close());

/** A client as a real app would write it: remembers what it saw, resumes from there, resends what was not acked. */
class Client {
  socket: TestSocket | null = null;
  seen: number[] = [];
  unacked = new Map<string, string>();
  private sent = 0;
  get sendCount(): number {
    return this.sent;
  }
  constructor(readonly user: TestUser, readonly thread: number) {}

  async connect(): Promise<void> {
    const socket = await openSocket(url, { token: this.user.token });
    this.socket = socket;
    socket.raw.on('message', (data) => {
      const m = JSON.parse(data.toString());
      if (m.type === 'message.new' && m.message.threadId === this.thread) this.seen.push(m.message.id);
      if (m.type === 'ack') this.unacked.delete(m.clientId);
    });
    socket.send({ type: 'subscribe', thread: this.thread, after: this.seen.at(-1) ?? 0 });
    await socket.next('subscribed');
    for (const [clientId, text] of this.unacked) socket.send({ type: 'message.send', thread: this.thread, clientId, text });
  }

  send(): void {
    const clientId = `p${this.user.id}-${++this.sent}`;
    this.unacked.set(clientId, `message ${clientId}`);
    this.socket?.send({ type: 'message.send', thread: this.thread, clientId, text: `message ${clientId}` });
  }

  resendLast(): void {
    const last = [...this.unacked.entries()].at(-1) ?? [`p${this.user.id}-${this.sent}`, `message p${this.user.id}-${this.sent}`];
    if (this.sent) this.socket?.send({ type: 'message.send', thread: this.thread, clientId: last[0], text: last[1] });
  }

  /** An abrupt loss of network: no close frame, in-flight frames lost either way. */
  drop(): void {
    this.socket?.raw.terminate();
    this.socket = null;
  }
}

const Action = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('send' as const), client: fc.nat(2) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('drop' as const), client: fc.nat(2) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('reconnect' as const), client: fc.nat(2) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('resend' as const), client: fc.nat(2) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('pause' as const), ms: fc.integer({ min: 0, max: 15 }) }) },
);

it('gives every client, through random disconnects and resends, exactly the thread as stored, in order', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(Action, { minLength: 5, maxLength: 40 }), async (actions) => {
      const users = [await makeMember(t), await makeMember(t), await makeMember(t)];
      const created = await t.app.inject({
        method: 'POST',
        url: ApiPath.chatThreads,
        headers: users[0]!.auth,
        payload: { kind: 'private', title: 'Propriété', memberIds: users.slice(1).map((u) => u.id) },
      });
      const thread = created.json().thread.id as number;
      const clients = users.map((u) => new Client(u, thread));
      for (const client of clients) await client.connect();
      for (const action of actions) {
        if (action.kind === 'pause') await new Promise((r) => setTimeout(r, action.ms));
        else {
          const client = clients[action.client]!;
          if (action.kind === 'send') client.send();
          if (action.kind === 'resend') client.resendLast();
          if (action.kind === 'drop') client.drop();
          if (action.kind === 'reconnect' && !client.socket) await client.connect();
        }
      }
      // Everyone comes back, resends what was never acked, and catches up.
      for (const client of clients) if (!client.socket) await client.connect();
      await expect.poll(() => clients.every((c) => c.unacked.size === 0), { timeout: 5_000 }).toBe(true);
      const stored = await t.db.selectFrom('chat_messages').select(['id', 'client_id']).where('thread_id', '=', thread).orderBy('id').execute();
      // Every send stored once: none lost while offline, none doubled by a resend.
      expect(stored.length).toBe(clients.reduce((sum, c) => sum + c.sendCount, 0));
      const ids = stored.map((r) => r.id);
      await expect.poll(() => clients.every((c) => c.seen.length >= ids.length), { timeout: 5_000 }).toBe(true);
      for (const client of clients) expect(client.seen).toEqual(ids);
      for (const client of clients) await client.socket?.close();
    }),
    { numRuns: 12 },
  );
}, 120_000);
