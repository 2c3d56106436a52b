import { afterAll, beforeAll, expect, it } from 'vitest';
import { ApiPath, type ChatMessage, pathWith } from '@egoejo/contracts';
import { type TestUser, makeMember, makeModerator } from '../../../test/factories';
import { type TestApp, createTestApp } from '../../../test/harness';
import { type TestSocket, openSocket, wsUrlOf } from '../../../test/ws-client';

let t: TestApp;
let url: string;
let moderator: TestUser;
let thread: number;
beforeAll(async () => {
  t = await createTestApp();
  await t.ctx.jobs.start({ work: true });
  url = await wsUrlOf(t);
  moderator = await makeModerator(t);
  const reply = await t.app.inject({ method: 'POST', url: ApiPath.chatThreads, headers: moderator.auth, payload: { kind: 'general', title: 'Place du village' } });
  thread = reply.json().thread.id;
}, 120_000);
afterAll(async () => {
  await t.ctx.jobs.stop();
  await t.close();
});

let n = 0;
const clientId = () => `mod-${++n}`;

async function inThread(user: TestUser): Promise<TestSocket> {
  const socket = await openSocket(url, { token: user.token });
  socket.send({ type: 'subscribe', thread });
  await socket.next('subscribed');
  return socket;
}

async function followingQueue(user: TestUser): Promise<TestSocket> {
  const socket = await openSocket(url, { token: user.token });
  socket.send({ type: 'moderation.subscribe' });
  await socket.next('moderation.subscribed');
  return socket;
}

const listAs = async (user: TestUser): Promise<ChatMessage[]> =>
  (await t.app.inject({ method: 'GET', url: pathWith(ApiPath.chatThreadMessages, { id: thread }), headers: user.auth })).json().items;

it('acks and broadcasts a toxic message at once, then flags it to moderators, hides it and tells the thread', async () => {
  const [author, reader] = [await makeMember(t), await makeMember(t)];
  const queue = await followingQueue(moderator);
  const a = await inThread(author);
  const b = await inThread(reader);
  const id = clientId();
  const text = 'Ferme ta gueule, espèce de connard, je vais te casser la gueule';
  const sentAt = Date.now();
  a.send({ type: 'message.send', thread, clientId: id, text });
  const ack = await a.next('ack', (m) => m.clientId === id);
  const ackMs = Date.now() - sentAt;
  expect((await b.next('message.new', (m) => m.message.id === ack.id)).message.text).toBe(text);

  const flagged = await queue.next('moderation.flagged', (m) => m.item.targetId === ack.id, 5_000);
  const flaggedMs = Date.now() - sentAt;
  expect(flagged.item).toMatchObject({ targetKind: 'message', threadId: thread, hidden: true, author: { id: author.id } });
  expect(await b.next('message.hidden', (m) => m.id === ack.id)).toEqual({ type: 'message.hidden', thread, id: ack.id });
  // The ack does not wait for the scoring: it comes first; the flag follows within the worker's polling.
  expect(ackMs).toBeLessThan(flaggedMs);

  // History: the reader gets a redacted placeholder, the author and moderators the text.
  expect((await listAs(reader)).find((m) => m.id === ack.id)).toMatchObject({ text: null, hidden: true });
  expect((await listAs(author)).find((m) => m.id === ack.id)).toMatchObject({ text, hidden: true });
  expect((await listAs(moderator)).find((m) => m.id === ack.id)).toMatchObject({ text });

  // A moderator approves: the message comes back for everyone.
  const decided = await t.app.inject({ method: 'POST', url: pathWith(ApiPath.adminModerationDecision, { id: flagged.item.id }), headers: moderator.auth, payload: { action: 'approve' } });
  expect(decided.statusCode).toBe(200);
  expect(await b.next('message.unhidden', (m) => m.id === ack.id)).toEqual({ type: 'message.unhidden', thread, id: ack.id });
  expect(await queue.next('moderation.decided', (m) => m.id === flagged.item.id)).toMatchObject({ status: 'approved' });
  expect((await listAs(reader)).find((m) => m.id === ack.id)).toMatchObject({ text });
  await Promise.all([a.close(), b.close(), queue.close()]);
});

it('refuses the review queue to a member, and keeps the socket open', async () => {
  const member = await makeMember(t);
  const socket = await openSocket(url, { token: member.token });
  socket.send({ type: 'moderation.subscribe' });
  expect(await socket.next('error')).toMatchObject({ code: 'forbidden' });
  socket.send({ type: 'ping' });
  await socket.next('pong');
  await socket.close();
});

it('refuses a message from a member a moderator suspended', async () => {
  const member = await makeMember(t);
  const flagged = await followingQueue(moderator);
  const socket = await inThread(member);
  socket.send({ type: 'message.send', thread, clientId: clientId(), text: 'Vous êtes tous des abrutis' });
  const { item } = await flagged.next('moderation.flagged', (m) => m.item.author?.id === member.id, 5_000);
  const reply = await t.app.inject({ method: 'POST', url: pathWith(ApiPath.adminModerationDecision, { id: item.id }), headers: moderator.auth, payload: { action: 'suspend', days: 1, note: 'insultes' } });
  expect(reply.statusCode).toBe(200);
  const refused = await t.app.inject({
    method: 'POST',
    url: pathWith(ApiPath.chatThreadMessages, { id: thread }),
    headers: member.auth,
    payload: { clientId: clientId(), text: 'Bonjour' },
  });
  expect(refused.statusCode).toBe(403);
  // The socket opened before the suspension is refused too: the chat checks suspension in the insert itself.
  const id = clientId();
  socket.send({ type: 'message.send', thread, clientId: id, text: 'Bonjour' });
  expect(await socket.next('error', (m) => m.clientId === id)).toMatchObject({ code: expect.stringMatching(/suspended/) });
  await Promise.all([socket.close(), flagged.close()]);
});
