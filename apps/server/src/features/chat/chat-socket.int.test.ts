import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiPath, WsCloseCode, pathWith } from '@egoejo/contracts';
import { type TestUser, makeMember, makeModerator } from '../../../test/factories';
import { type TestApp, createTestApp } from '../../../test/harness';
import { type TestSocket, openSocket, wsUrlOf } from '../../../test/ws-client';
import { threadTopic } from './access';
import { insertMessageInOrder } from './store';

let t: TestApp;
let url: string;
let moderator: TestUser;
let general: number;
beforeAll(async () => {
  t = await createTestApp({ WS_SEND_BUFFER_BYTES: '65536' });
  url = await wsUrlOf(t);
  moderator = await makeModerator(t);
  const reply = await t.app.inject({ method: 'POST', url: ApiPath.chatThreads, headers: moderator.auth, payload: { kind: 'general', title: 'Place' } });
  general = reply.json().thread.id;
});
afterAll(() => t.close());

let n = 0;
const clientId = () => `ws-${Date.now()}-${++n}`;

async function subscribed(user: TestUser, thread = general, after?: number): Promise<TestSocket> {
  const socket = await openSocket(url, { token: user.token });
  socket.send({ type: 'subscribe', thread, ...(after === undefined ? {} : { after }) });
  await socket.next('subscribed', (m) => m.thread === thread);
  return socket;
}

describe('chat over WebSocket', () => {
  it('acks a send after commit and streams it to every subscriber; a resend gets the same id and no new broadcast', async () => {
    const [alice, bob] = [await makeMember(t), await makeMember(t)];
    const a = await subscribed(alice);
    const b = await subscribed(bob);
    const id = clientId();
    a.send({ type: 'message.send', thread: general, clientId: id, text: 'Salut !' });
    const ack = await a.next('ack', (m) => m.clientId === id);
    const stored = await t.db.selectFrom('chat_messages').select(['id', 'text']).where('id', '=', ack.id).executeTakeFirst();
    expect(stored).toEqual({ id: ack.id, text: 'Salut !' });
    expect((await b.next('message.new', (m) => m.message.clientId === id)).message.id).toBe(ack.id);
    await a.next('message.new', (m) => m.message.id === ack.id);
    a.send({ type: 'message.send', thread: general, clientId: id, text: 'Salut !' });
    expect((await a.next('ack', (m) => m.clientId === id)).id).toBe(ack.id);
    a.send({ type: 'ping' });
    await a.next('pong');
    await new Promise((r) => setTimeout(r, 100));
    expect(b.received.filter((m) => m.type === 'message.new' && m.message.clientId === id)).toHaveLength(1);
    await a.close();
    await b.close();
  });

  it('replays what came after `after`, in order, then streams live', async () => {
    const alice = await makeMember(t);
    const first = await subscribed(alice);
    const ids: number[] = [];
    for (let i = 0; i < 5; i++) {
      const id = clientId();
      first.send({ type: 'message.send', thread: general, clientId: id, text: `r${i}` });
      ids.push((await first.next('ack', (m) => m.clientId === id)).id);
    }
    await first.close();
    const again = await subscribed(alice, general, ids[1]);
    const replayed = again.received.filter((m) => m.type === 'message.new').map((m) => (m.type === 'message.new' ? m.message.id : 0));
    expect(replayed).toEqual(ids.slice(2));
    await again.close();
  });

  it('fills a hole in the live stream from the database', async () => {
    const alice = await makeMember(t);
    const listener = await subscribed(alice);
    // A message committed whose broadcast never came (Redis down at that moment).
    const silent = await insertMessageInOrder(t.db, { threadId: general, authorId: alice.id, clientId: clientId(), text: 'silencieux', mediaId: null, replyToId: null });
    const id = clientId();
    listener.send({ type: 'message.send', thread: general, clientId: id, text: 'après' });
    const ack = await listener.next('ack', (m) => m.clientId === id);
    await listener.next('message.new', (m) => m.message.id === ack.id);
    const order = listener.received.flatMap((m) => (m.type === 'message.new' ? [m.message.id] : []));
    expect(order.slice(-2)).toEqual([silent.id, ack.id]);
    await listener.close();
  });

  it('broadcasts edits, deletions and typing, and keeps presence', async () => {
    const [alice, bob] = [await makeMember(t), await makeMember(t)];
    const a = await subscribed(alice);
    const b = await subscribed(bob);
    await a.next('presence', (m) => m.online.some((u) => u.id === bob.id));
    const id = clientId();
    a.send({ type: 'message.send', thread: general, clientId: id, text: 'v1' });
    const { id: messageId } = await a.next('ack', (m) => m.clientId === id);
    a.send({ type: 'message.edit', id: messageId, text: 'v2' });
    expect((await b.next('message.updated', (m) => m.message.id === messageId)).message.text).toBe('v2');
    a.send({ type: 'message.delete', id: messageId });
    expect((await b.next('message.deleted', (m) => m.message.id === messageId)).message.text).toBeNull();
    a.send({ type: 'typing', thread: general });
    a.send({ type: 'typing', thread: general });
    const typing = await b.next('typing', (m) => m.user.id === alice.id);
    expect(typing.expiresInMs).toBe(5_000);
    await new Promise((r) => setTimeout(r, 150));
    expect(b.received.filter((m) => m.type === 'typing' && m.user.id === alice.id)).toHaveLength(1);
    await a.close();
    const after = await b.next('presence', (m) => !m.online.some((u) => u.id === alice.id));
    expect(after.online.map((u) => u.id)).toContain(bob.id);
    expect(JSON.stringify(b.received)).not.toContain('@');
    await b.close();
  });

  it.each([
    ['subscribe without a thread', { type: 'subscribe' }],
    ['subscribe with a negative after', { type: 'subscribe', thread: 1, after: -4 }],
    ['unsubscribe with a text thread', { type: 'unsubscribe', thread: 'x' }],
    ['message.send above 4000 characters', { type: 'message.send', thread: 1, clientId: 'a', text: 'x'.repeat(4001) }],
    ['message.send with an empty text', { type: 'message.send', thread: 1, clientId: 'a', text: ' ' }],
    ['message.send without a clientId', { type: 'message.send', thread: 1, text: 'a' }],
    ['message.edit without an id', { type: 'message.edit', text: 'a' }],
    ['message.delete with a text id', { type: 'message.delete', id: 'a' }],
    ['typing without a thread', { type: 'typing' }],
    ['read without upTo', { type: 'read', thread: 1 }],
  ])('refuses %s and stays open', async (_label, frame) => {
    const socket = await openSocket(url, { token: (await makeMember(t)).token });
    socket.send(frame);
    expect((await socket.next('error')).code).toBe('validation_failed');
    socket.send({ type: 'ping' });
    await socket.next('pong');
    await socket.close();
  });

  it('checks membership on every message, not only at subscribe', async () => {
    const [alice, bob] = [await makeMember(t), await makeMember(t)];
    const created = await t.app.inject({ method: 'POST', url: ApiPath.chatThreads, headers: alice.auth, payload: { kind: 'private', title: 'Entre nous', memberIds: [bob.id] } });
    const thread = created.json().thread.id as number;
    const stranger = await openSocket(url, { token: (await makeMember(t)).token });
    stranger.send({ type: 'subscribe', thread });
    expect((await stranger.next('error')).code).toBe('not_found');
    stranger.send({ type: 'message.send', thread, clientId: 'intrus', text: 'coucou' });
    expect(await stranger.next('error')).toMatchObject({ code: 'not_found', clientId: 'intrus' });
    const b = await subscribed(bob, thread);
    const a = await subscribed(alice, thread);
    await t.app.inject({ method: 'DELETE', url: pathWith(ApiPath.chatThreadLeave, { id: thread }), headers: bob.auth });
    expect((await b.next('thread.left')).user.id).toBe(bob.id);
    b.send({ type: 'message.send', thread, clientId: clientId(), text: 'encore là ?' });
    expect((await b.next('error')).code).toBe('not_found');
    const secret = clientId();
    a.send({ type: 'message.send', thread, clientId: secret, text: 'Bob est parti' });
    await a.next('message.new', (m) => m.message.clientId === secret);
    await new Promise((r) => setTimeout(r, 100));
    expect(b.received.some((m) => m.type === 'message.new' && m.message.clientId === secret)).toBe(false);
    await a.close();
    await b.close();
    await stranger.close();
  });

  it('answers rate_limited past 20 messages in 10 s and suspended for a suspended member, socket open', async () => {
    const eve = await makeMember(t);
    const socket = await openSocket(url, { token: eve.token });
    for (let i = 0; i < 21; i++) socket.send({ type: 'message.send', thread: general, clientId: `rl-${eve.id}-${i}`, text: `n${i}` });
    expect(await socket.next('error')).toMatchObject({ code: 'rate_limited', clientId: `rl-${eve.id}-20` });
    expect(socket.received.filter((m) => m.type === 'ack')).toHaveLength(20);
    await t.db.updateTable('users').set({ suspended_until: new Date(Date.now() + 60_000) }).where('id', '=', eve.id).execute();
    const suspended = await openSocket(url, { token: eve.token });
    suspended.send({ type: 'message.send', thread: general, clientId: clientId(), text: 'x' });
    expect((await suspended.next('error')).code).toBe('suspended');
    suspended.send({ type: 'ping' });
    await suspended.next('pong');
    await socket.close();
    await suspended.close();
  });

  it('closes with 1013 a socket that does not read, and it can resume', async () => {
    const slow = await makeMember(t);
    const socket = await subscribed(slow);
    socket.raw.pause();
    const filler = { id: 1, displayName: 'x'.repeat(8_000) };
    for (let i = 0; i < 3_000 && socket.raw.readyState === socket.raw.OPEN; i++) {
      await t.ctx.pubsub.publish(threadTopic(general), { type: 'typing', thread: general, user: filler, expiresInMs: 5_000 });
      if (i % 100 === 0) await new Promise((r) => setTimeout(r, 5));
    }
    socket.raw.resume();
    expect((await socket.closed).code).toBe(WsCloseCode.tryAgainLater);
    const resumed = await subscribed(slow, general, 0);
    expect(resumed.received.some((m) => m.type === 'message.new')).toBe(true);
    await resumed.close();
  }, 15_000);
});
