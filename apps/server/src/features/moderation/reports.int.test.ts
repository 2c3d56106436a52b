import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiPath, pathWith } from '@egoejo/contracts';
import { type TestUser, makeMember, makeModerator, uniqueIp } from '../../../test/factories';
import { type TestApp, createTestApp } from '../../../test/harness';
import { makeProject } from '../../../test/project-factories';
import { makeThreadWithMessages } from './test-support';
import { hiddenAmong, hiddenFrom, isHidden, visibleTo } from './visibility';

let t: TestApp;
let author: TestUser;
let moderator: TestUser;
beforeAll(async () => {
  t = await createTestApp();
  author = await makeMember(t);
  moderator = await makeModerator(t);
}, 120_000);
afterAll(() => t.close());

const report = (user: TestUser, body: Record<string, unknown>) =>
  t.app.inject({ method: 'POST', url: ApiPath.reports, headers: user.auth, remoteAddress: uniqueIp(), payload: body });

/** The thread's messages as a given member would list them (the filter the chat applies). */
async function messagesSeenBy(threadId: number, viewer: TestUser | null) {
  const rows = await t.db
    .selectFrom('chat_messages as m')
    .select('m.id')
    .where('m.thread_id', '=', threadId)
    .where(visibleTo('message', 'm.id', 'm.author_id', viewer ? { id: viewer.id, role: 'member' } : null))
    .execute();
  return rows.map((r) => r.id);
}

describe('reports', () => {
  it('accepts one report per member and target, and answers 409 to a second one', async () => {
    const reporter = await makeMember(t);
    const { messageIds } = await makeThreadWithMessages(t, author.id, ['Achetez mes graines sur mon site']);
    const first = await report(reporter, { targetKind: 'message', targetId: messageIds[0], reason: 'spam', note: 'publicité' });
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({ id: expect.any(Number), itemId: expect.any(Number) });
    const second = await report(reporter, { targetKind: 'message', targetId: messageIds[0], reason: 'offensive' });
    expect(second.statusCode).toBe(409);
    expect(second.json().error.code).toBe('already_reported');
  });

  it('answers 404 for a target that does not exist, of every kind', async () => {
    const reporter = await makeMember(t);
    for (const targetKind of ['message', 'project', 'poll', 'user']) {
      const reply = await report(reporter, { targetKind, targetId: 987_654_321, reason: 'other' });
      expect(reply.statusCode, targetKind).toBe(404);
    }
  });

  it('refuses a report of your own content', async () => {
    const reply = await report(author, { targetKind: 'user', targetId: author.id, reason: 'other' });
    expect(reply.statusCode).toBe(422);
  });

  it('hides a message for everyone but its author after three distinct reports', async () => {
    const { threadId, messageIds } = await makeThreadWithMessages(t, author.id, ['avant', 'le message signalé', 'après']);
    const target = messageIds[1]!;
    const [a, b, c] = [await makeMember(t), await makeMember(t), await makeMember(t)];
    await report(a, { targetKind: 'message', targetId: target, reason: 'harassment' });
    await report(b, { targetKind: 'message', targetId: target, reason: 'offensive' });
    expect(await isHidden(t.db, 'message', target)).toBe(false);
    expect(await messagesSeenBy(threadId, a)).toContain(target);

    await report(c, { targetKind: 'message', targetId: target, reason: 'harassment' });
    expect(await isHidden(t.db, 'message', target)).toBe(true);
    expect([...(await hiddenAmong(t.db, 'message', messageIds))]).toEqual([target]);
    expect(await messagesSeenBy(threadId, a)).toEqual([messageIds[0], messageIds[2]]);
    expect(await messagesSeenBy(threadId, null)).not.toContain(target);
    expect(await messagesSeenBy(threadId, author)).toContain(target);
  });

  it('hides a project and a poll after three reports, from lists and pages, except for their author and moderators', async () => {
    const owner = await makeModerator(t);
    const project = await makeProject(t, { title: 'Ferme des Trois Chênes' }, owner);
    const created = await t.app.inject({ method: 'POST', url: ApiPath.polls, headers: author.auth, payload: { question: 'Quel jour pour la corvée ?', method: 'single', options: [{ label: 'Samedi' }, { label: 'Dimanche' }] } });
    const pollId: number = created.json().id;
    expect((await t.app.inject({ method: 'POST', url: pathWith(ApiPath.pollOpen, { id: pollId }), headers: author.auth })).statusCode).toBe(200);
    const reader = await makeMember(t);
    for (let i = 0; i < 3; i++) {
      const reporter = await makeMember(t);
      expect((await report(reporter, { targetKind: 'project', targetId: project.id, reason: 'spam' })).statusCode).toBe(201);
      expect((await report(reporter, { targetKind: 'poll', targetId: pollId, reason: 'off_topic' })).statusCode).toBe(201);
    }
    const get = (url: string, user: TestUser | null) => t.app.inject({ method: 'GET', url, headers: user ? user.auth : {} });
    const projectUrl = pathWith(ApiPath.project, { slug: project.slug });
    expect((await get(projectUrl, reader)).statusCode).toBe(404);
    expect((await get(projectUrl, null)).statusCode).toBe(404);
    expect((await get(projectUrl, owner)).statusCode).toBe(200);
    const listed = (await get(`${ApiPath.projects}?limit=100`, reader)).json().items.map((p: { id: number }) => p.id);
    expect(listed).not.toContain(project.id);

    const pollUrl = pathWith(ApiPath.poll, { id: pollId });
    expect((await get(pollUrl, reader)).statusCode).toBe(404);
    expect((await get(pollUrl, author)).statusCode).toBe(200);
    expect((await get(pollUrl, moderator)).statusCode).toBe(200);
    const polls = (await get(`${ApiPath.polls}?limit=100`, reader)).json().items.map((p: { id: number }) => p.id);
    expect(polls).not.toContain(pollId);
    expect((await get(`${ApiPath.polls}?limit=100`, author)).json().items.map((p: { id: number }) => p.id)).toContain(pollId);
  });

  it('shows the author that their content is hidden, and lets them ask once for a second review', async () => {
    const { messageIds } = await makeThreadWithMessages(t, author.id, ['un avis tranché']);
    const target = messageIds[0]!;
    for (let i = 0; i < 3; i++) await report(await makeMember(t), { targetKind: 'message', targetId: target, reason: 'offensive' });

    const mine = await t.app.inject({ method: 'GET', url: ApiPath.ownModerationItems, headers: author.auth });
    const item = mine.json().items.find((i: { targetId: number }) => i.targetId === target);
    expect(item).toMatchObject({ targetKind: 'message', hidden: true, canAppeal: true });

    const appealUrl = pathWith(ApiPath.moderationAppeal, { id: item.id });
    const other = await makeMember(t);
    expect((await t.app.inject({ method: 'POST', url: appealUrl, headers: other.auth, payload: {} })).statusCode).toBe(404);
    const first = await t.app.inject({ method: 'POST', url: appealUrl, headers: author.auth, payload: { note: 'Je citais quelqu’un.' } });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ canAppeal: false, status: 'pending' });
    const again = await t.app.inject({ method: 'POST', url: appealUrl, headers: author.auth, payload: {} });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('already_appealed');

    const queue = await t.app.inject({ method: 'GET', url: ApiPath.adminModerationQueue, headers: moderator.auth });
    expect(queue.json().items.find((i: { id: number }) => i.id === item.id).appeal).toMatchObject({ note: 'Je citais quelqu’un.' });
  });
});

describe('bad input', () => {
  it.each([
    ['no body', undefined],
    ['unknown kind', { targetKind: 'comment', targetId: 1, reason: 'spam' }],
    ['negative id', { targetKind: 'message', targetId: -1, reason: 'spam' }],
    ['id as text', { targetKind: 'message', targetId: 'abc', reason: 'spam' }],
    ['unknown reason', { targetKind: 'message', targetId: 1, reason: 'boring' }],
    ['note too long', { targetKind: 'message', targetId: 1, reason: 'other', note: 'x'.repeat(1001) }],
  ])('answers 400 to a report with %s', async (_label, payload) => {
    const reply = await t.app.inject({ method: 'POST', url: ApiPath.reports, headers: author.auth, remoteAddress: uniqueIp(), ...(payload ? { payload } : {}) });
    expect(reply.statusCode).toBe(400);
    expect(reply.json().error.code).toBe('validation_failed');
  });

  it.each([
    ['an unknown action', '1', { action: 'ban' }],
    ['days with another action than suspend', '1', { action: 'hide', days: 3 }],
    ['zero days', '1', { action: 'suspend', days: 0 }],
    ['a non-numeric id', 'abc', { action: 'approve' }],
  ])('answers 400 to a decision with %s', async (_label, id, payload) => {
    const reply = await t.app.inject({ method: 'POST', url: `/api/admin/moderation/items/${id}/decision`, headers: moderator.auth, payload });
    expect(reply.statusCode).toBe(400);
  });

  it('answers 400 to a bad score request, a bad queue cursor and a bad appeal id', async () => {
    const score = (payload: unknown) => t.app.inject({ method: 'POST', url: ApiPath.adminModerationScore, headers: moderator.auth, payload: payload as object });
    expect((await score({ text: '' })).statusCode).toBe(400);
    expect((await score({ text: 'bonjour', lang: 'de' })).statusCode).toBe(400);
    expect((await score({ text: 'x'.repeat(10_001) })).statusCode).toBe(400);
    const queue = await t.app.inject({ method: 'GET', url: `${ApiPath.adminModerationQueue}?cursor=nope`, headers: moderator.auth });
    expect(queue.statusCode).toBe(400);
    expect(queue.json().error.code).toBe('invalid_cursor');
    const appeal = await t.app.inject({ method: 'POST', url: '/api/moderation/items/x/appeal', headers: author.auth, payload: {} });
    expect(appeal.statusCode).toBe(400);
  });

  it('answers 404 to a decision on an item that does not exist', async () => {
    const reply = await t.app.inject({ method: 'POST', url: pathWith(ApiPath.adminModerationDecision, { id: 99_999_999 }), headers: moderator.auth, payload: { action: 'approve' } });
    expect(reply.statusCode).toBe(404);
  });
});

describe('personal data', () => {
  it('exports a member’s reports and the moderation of their content; erasure anonymises the reports and drops the copied text', async () => {
    const reporter = await makeMember(t);
    const writer = await makeMember(t);
    const { messageIds } = await makeThreadWithMessages(t, writer.id, ['un texte à moi']);
    await report(reporter, { targetKind: 'message', targetId: messageIds[0], reason: 'other', note: 'ma note' });

    const exported = await t.app.inject({ method: 'GET', url: ApiPath.meExport, headers: reporter.auth });
    expect(exported.json().moderation.reports).toEqual([expect.objectContaining({ target_kind: 'message', target_id: messageIds[0], note: 'ma note' })]);
    const writerExport = await t.app.inject({ method: 'GET', url: ApiPath.meExport, headers: writer.auth });
    expect(writerExport.json().moderation.moderatedContent).toEqual([expect.objectContaining({ content: 'un texte à moi' })]);

    for (const user of [reporter, writer]) {
      const erased = await t.app.inject({ method: 'DELETE', url: ApiPath.me, headers: user.auth, payload: { password: user.password } });
      expect(erased.statusCode).toBe(204);
    }
    const reports = await t.db.selectFrom('moderation_reports').selectAll().where('note', '=', 'ma note').execute();
    expect(reports).toEqual([]);
    const item = await t.db.selectFrom('moderation_items').selectAll().where('target_kind', '=', 'message').where('target_id', '=', messageIds[0]!).executeTakeFirstOrThrow();
    expect(item.content).toBeNull();
  });
});

describe('visibility rule', () => {
  it('keeps a hidden target hidden when its author was erased, and from its author once deleted', async () => {
    const { threadId, messageIds } = await makeThreadWithMessages(t, author.id, ['orphelin', 'supprimé']);
    const [orphan, deleted] = messageIds as [number, number];
    await t.db
      .insertInto('moderation_items')
      .values([
        { target_kind: 'message', target_id: orphan, author_id: null, thread_id: threadId, content: 'orphelin', hidden_at: new Date() },
        { target_kind: 'message', target_id: deleted, author_id: author.id, thread_id: threadId, content: 'supprimé', hidden_at: new Date(), status: 'deleted' },
      ])
      .execute();
    // A null author column (as for a project whose author was erased): nobody is exempt.
    const rows = await t.db
      .selectFrom('chat_messages as m')
      .select('m.id')
      .where('m.id', 'in', messageIds)
      .where(visibleTo('message', 'm.id', 'm.reply_to_id', { id: author.id, role: 'member' }))
      .execute();
    expect(rows).toEqual([]);
    expect(await messagesSeenBy(threadId, author)).toEqual([orphan]);
    expect(await messagesSeenBy(threadId, null)).toEqual([]);
    expect(await hiddenFrom(t.db, 'message', deleted, author.id, { id: author.id, role: 'member' })).toBe(true);
    expect(await hiddenFrom(t.db, 'message', orphan, null, { id: author.id, role: 'member' })).toBe(true);
    expect(await hiddenFrom(t.db, 'message', orphan, null, { id: moderator.id, role: 'moderator' })).toBe(false);
  });
});
