import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiPath, type ChatMessage, pathWith } from '@egoejo/contracts';
import { type TestUser, makeMember, makeModerator } from '../../../test/factories';
import { type TestApp, createTestApp } from '../../../test/harness';

let t: TestApp;
let moderator: TestUser;
let alice: TestUser;
let bob: TestUser;
let general: number;
beforeAll(async () => {
  t = await createTestApp();
  moderator = await makeModerator(t);
  alice = await makeMember(t);
  bob = await makeMember(t);
  general = (await createThread(moderator, { kind: 'general', title: 'Place du village' })).json().thread.id;
});
afterAll(() => t.close());

let sequence = 0;
const clientId = () => `c-${Date.now()}-${++sequence}`;

function createThread(user: TestUser, payload: Record<string, unknown>) {
  return t.app.inject({ method: 'POST', url: ApiPath.chatThreads, headers: user.auth, payload });
}
function send(user: TestUser, thread: number, payload: Record<string, unknown>) {
  return t.app.inject({ method: 'POST', url: pathWith(ApiPath.chatThreadMessages, { id: thread }), headers: user.auth, payload });
}
function page(user: TestUser, thread: number, query = '') {
  return t.app.inject({ method: 'GET', url: `${pathWith(ApiPath.chatThreadMessages, { id: thread })}${query}`, headers: user.auth });
}
async function threadsOf(user: TestUser) {
  return (await t.app.inject({ method: 'GET', url: ApiPath.chatThreads, headers: user.auth })).json().items as { id: number; unreadCount: number }[];
}

describe('threads', () => {
  it('lets only moderators open a general thread', async () => {
    const reply = await createThread(alice, { kind: 'general', title: 'Mon salon' });
    expect(reply.statusCode).toBe(403);
  });

  it('keeps one thread per project', async () => {
    const slug = `potager-${Date.now()}`;
    expect((await createThread(alice, { kind: 'project', title: 'Le potager', projectSlug: slug })).statusCode).toBe(201);
    const again = await createThread(bob, { kind: 'project', title: 'Encore', projectSlug: slug });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('thread_exists');
  });

  it.each([
    ['no title', { kind: 'private' }],
    ['an unknown kind', { kind: 'salon', title: 'x' }],
    ['a project thread without its project', { kind: 'project', title: 'x' }],
    ['a slug on a private thread', { kind: 'private', title: 'x', projectSlug: 'a' }],
    ['member ids that are not ids', { kind: 'private', title: 'x', memberIds: ['a'] }],
  ])('refuses %s', async (_label, payload) => {
    const reply = await createThread(alice, payload);
    expect(reply.statusCode).toBe(400);
    expect(reply.json().error.code).toBe('validation_failed');
  });

  it('hides a private thread from non-members and lets the owner invite, rename, and members leave', async () => {
    const created = await createThread(alice, { kind: 'private', title: 'Semences', memberIds: [] });
    const id = created.json().thread.id as number;
    expect((await page(bob, id)).statusCode).toBe(404);
    expect((await threadsOf(bob)).some((th) => th.id === id)).toBe(false);
    const rename = (user: TestUser, title: unknown) =>
      t.app.inject({ method: 'PATCH', url: pathWith(ApiPath.chatThread, { id }), headers: user.auth, payload: { title } });
    const invite = (user: TestUser, userIds: unknown) =>
      t.app.inject({ method: 'POST', url: pathWith(ApiPath.chatThreadMembers, { id }), headers: user.auth, payload: { userIds } });
    expect((await invite(alice, [])).statusCode).toBe(400);
    expect((await invite(alice, [999_999_999])).statusCode).toBe(422);
    expect((await invite(alice, [bob.id])).statusCode).toBe(204);
    expect((await page(bob, id)).statusCode).toBe(200);
    expect((await invite(bob, [moderator.id])).statusCode).toBe(403);
    expect((await rename(bob, 'À moi')).statusCode).toBe(403);
    expect((await rename(alice, '')).statusCode).toBe(400);
    expect((await rename(alice, 'Semences paysannes')).json().thread.title).toBe('Semences paysannes');
    const members = await t.app.inject({ method: 'GET', url: pathWith(ApiPath.chatThreadMembers, { id }), headers: bob.auth });
    expect(members.json().items).toEqual(expect.arrayContaining([expect.objectContaining({ id: alice.id, role: 'owner' })]));
    expect(members.body).not.toContain('@');
    const leave = await t.app.inject({ method: 'DELETE', url: pathWith(ApiPath.chatThreadLeave, { id }), headers: bob.auth });
    expect(leave.statusCode).toBe(204);
    expect((await page(bob, id)).statusCode).toBe(404);
  });

  it('refuses visitors', async () => {
    expect((await t.app.inject({ method: 'GET', url: ApiPath.chatThreads })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'GET', url: pathWith(ApiPath.chatThreadMessages, { id: general }) })).statusCode).toBe(401);
  });
});

describe('messages', () => {
  it('stores a message once per clientId and returns the same id on a resend', async () => {
    const id = clientId();
    const first = await send(alice, general, { text: '  Bonjour à toutes et tous  ', clientId: id });
    expect(first.statusCode).toBe(201);
    expect(first.json().message).toMatchObject({ text: 'Bonjour à toutes et tous', author: { id: alice.id }, threadId: general });
    const again = await send(alice, general, { text: 'Bonjour à toutes et tous', clientId: id });
    expect(again.statusCode).toBe(200);
    expect(again.json().message.id).toBe(first.json().message.id);
    expect(first.body).not.toContain('@');
  });

  it.each([
    ['an empty text', { text: '   ', clientId: 'a1' }],
    ['a text above 4000 characters', { text: 'x'.repeat(4001), clientId: 'a2' }],
    ['no clientId', { text: 'hello' }],
    ['a clientId with spaces', { text: 'hello', clientId: 'a b' }],
    ['a reply to a non-id', { text: 'hello', clientId: 'a3', replyTo: 'x' }],
  ])('refuses %s', async (_label, payload) => {
    const reply = await send(alice, general, payload);
    expect(reply.statusCode).toBe(400);
  });

  it('refuses a reply to a message of another thread and a send to a missing thread', async () => {
    const other = (await createThread(alice, { kind: 'private', title: 'Ailleurs' })).json().thread.id as number;
    const elsewhere = (await send(alice, other, { text: 'ici', clientId: clientId() })).json().message.id as number;
    const reply = await send(alice, general, { text: 're', clientId: clientId(), replyTo: elsewhere });
    expect(reply.statusCode).toBe(422);
    expect((await send(alice, 999_999_999, { text: 'x', clientId: clientId() })).statusCode).toBe(404);
  });

  it('pages by id in both directions, oldest first', async () => {
    const thread = (await createThread(bob, { kind: 'private', title: 'Pages' })).json().thread.id as number;
    const ids: number[] = [];
    for (let i = 0; i < 7; i++) ids.push((await send(bob, thread, { text: `m${i}`, clientId: clientId() })).json().message.id);
    const latest = (await page(bob, thread, '?limit=3')).json();
    expect(latest.items.map((m: ChatMessage) => m.id)).toEqual(ids.slice(4));
    expect(latest.hasMore).toBe(true);
    const older = (await page(bob, thread, `?limit=3&before=${ids[4]}`)).json();
    expect(older.items.map((m: ChatMessage) => m.id)).toEqual(ids.slice(1, 4));
    const oldest = (await page(bob, thread, `?limit=3&before=${ids[1]}`)).json();
    expect(oldest).toMatchObject({ hasMore: false });
    expect(oldest.items.map((m: ChatMessage) => m.id)).toEqual([ids[0]]);
    const newer = (await page(bob, thread, `?limit=4&after=${ids[1]}`)).json();
    expect(newer.items.map((m: ChatMessage) => m.id)).toEqual(ids.slice(2, 6));
    expect(newer.hasMore).toBe(true);
    expect(newer.items.map((m: ChatMessage) => m.seq)).toEqual([3, 4, 5, 6]);
    for (const bad of ['?before=1&after=2', '?limit=0', '?limit=500', '?before=abc', '?after=-1']) {
      expect((await page(bob, thread, bad)).statusCode).toBe(400);
    }
  });

  it('lets the author edit, and the author or a moderator delete, leaving a tombstone', async () => {
    const message = (await send(alice, general, { text: 'Coquille', clientId: clientId() })).json().message as ChatMessage;
    const edit = (user: TestUser, text: unknown) =>
      t.app.inject({ method: 'PATCH', url: pathWith(ApiPath.chatMessage, { id: message.id }), headers: user.auth, payload: { text } });
    const remove = (user: TestUser) => t.app.inject({ method: 'DELETE', url: pathWith(ApiPath.chatMessage, { id: message.id }), headers: user.auth });
    expect((await edit(bob, 'Pas à moi')).statusCode).toBe(403);
    expect((await edit(alice, '')).statusCode).toBe(400);
    const edited = (await edit(alice, 'Corrigé')).json().message;
    expect(edited).toMatchObject({ text: 'Corrigé' });
    expect(edited.editedAt).not.toBeNull();
    expect((await remove(bob)).statusCode).toBe(403);
    const tombstone = (await remove(moderator)).json().message;
    expect(tombstone).toMatchObject({ id: message.id, text: null });
    expect(tombstone.deletedAt).not.toBeNull();
    expect((await edit(alice, 'Trop tard')).statusCode).toBe(409);
    const missing = await t.app.inject({ method: 'DELETE', url: pathWith(ApiPath.chatMessage, { id: 999_999_999 }), headers: alice.auth });
    expect(missing.statusCode).toBe(404);
  });

  it('counts unread messages until the read marker moves', async () => {
    const carol = await makeMember(t);
    const last = (await send(bob, general, { text: 'Nouveau', clientId: clientId() })).json().message.id as number;
    const before = (await threadsOf(carol)).find((th) => th.id === general)!;
    expect(before.unreadCount).toBeGreaterThan(0);
    const mark = (upTo: unknown) =>
      t.app.inject({ method: 'PUT', url: pathWith(ApiPath.chatThreadRead, { id: general }), headers: carol.auth, payload: { upTo } });
    expect((await mark(-1)).statusCode).toBe(400);
    expect((await mark(last)).statusCode).toBe(204);
    expect((await threadsOf(carol)).find((th) => th.id === general)!.unreadCount).toBe(0);
  });

  it('refuses a suspended member', async () => {
    const dan = await makeMember(t);
    await t.db.updateTable('users').set({ suspended_until: new Date(Date.now() + 3_600_000) }).where('id', '=', dan.id).execute();
    const reply = await send(dan, general, { text: 'Je peux ?', clientId: clientId() });
    expect(reply.statusCode).toBe(403);
    expect(reply.json().error.code).toBe('suspended');
  });

  it('limits a member to 20 messages in 10 seconds', async () => {
    const eve = await makeMember(t);
    const codes: number[] = [];
    for (let i = 0; i < 21; i++) codes.push((await send(eve, general, { text: `n${i}`, clientId: clientId() })).statusCode);
    expect(codes.slice(0, 20).every((c) => c === 201)).toBe(true);
    expect(codes[20]).toBe(429);
  });

  it('puts the member’s messages in their data export', async () => {
    const frank = await makeMember(t);
    await send(frank, general, { text: 'Pour mon export', clientId: clientId() });
    const reply = await t.app.inject({ method: 'GET', url: ApiPath.meExport, headers: frank.auth });
    expect(reply.statusCode).toBe(200);
    expect(JSON.stringify(reply.json())).toContain('Pour mon export');
  });
});
