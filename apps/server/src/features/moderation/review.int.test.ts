import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiPath, type ModerationItem, pathWith } from '@egoejo/contracts';
import { type TestUser, makeAdmin, makeMember, makeModerator, uniqueIp } from '../../../test/factories';
import { type TestApp, createTestApp } from '../../../test/harness';
import { loadPrincipal } from '../accounts/service';
import { assertCanPost } from './suspension';
import { makeThreadWithMessages } from './test-support';

let t: TestApp;
let author: TestUser;
let moderator: TestUser;
let member: TestUser;
beforeAll(async () => {
  t = await createTestApp();
  author = await makeMember(t);
  moderator = await makeModerator(t);
  member = await makeMember(t);
}, 120_000);
afterAll(() => t.close());

/** A reported chat message in the queue, with two messages on each side. */
async function reportedMessage(text = 'tu es vraiment pénible') {
  const { messageIds } = await makeThreadWithMessages(t, author.id, ['un', 'deux', text, 'quatre', 'cinq']);
  const target = messageIds[2]!;
  const reply = await t.app.inject({
    method: 'POST',
    url: ApiPath.reports,
    headers: member.auth,
    remoteAddress: uniqueIp(),
    payload: { targetKind: 'message', targetId: target, reason: 'harassment', note: 'vise une personne' },
  });
  return { messageIds, target, itemId: reply.json().itemId as number };
}

const queue = async (user: TestUser) => t.app.inject({ method: 'GET', url: `${ApiPath.adminModerationQueue}?limit=100`, headers: user.auth });
const decide = (user: TestUser, id: number, payload: Record<string, unknown>) =>
  t.app.inject({ method: 'POST', url: pathWith(ApiPath.adminModerationDecision, { id }), headers: user.auth, payload });

describe('access', () => {
  it('refuses a member on every review endpoint (403), and a visitor (401)', async () => {
    const calls = [
      { method: 'GET' as const, url: ApiPath.adminModerationQueue },
      { method: 'POST' as const, url: pathWith(ApiPath.adminModerationDecision, { id: 1 }), payload: { action: 'approve' } },
      { method: 'POST' as const, url: ApiPath.adminModerationScore, payload: { text: 'bonjour' } },
    ];
    for (const call of calls) {
      expect((await t.app.inject({ ...call, headers: member.auth })).statusCode, call.url).toBe(403);
      expect((await t.app.inject(call)).statusCode, call.url).toBe(401);
    }
  });
});

describe('queue', () => {
  it('lists pending items oldest first, with the content, the messages around it, reports, scores and spans', async () => {
    const older = await reportedMessage('premier signalement');
    const newer = await reportedMessage('second signalement');
    const reply = await queue(moderator);
    expect(reply.statusCode).toBe(200);
    const items: ModerationItem[] = reply.json().items;
    const ids = items.map((i) => i.id);
    expect(ids.indexOf(older.itemId)).toBeLessThan(ids.indexOf(newer.itemId));
    const item = items.find((i) => i.id === newer.itemId)!;
    expect(item).toMatchObject({ targetKind: 'message', targetId: newer.target, status: 'pending', hidden: false, content: 'second signalement' });
    expect(item.author).toEqual({ id: author.id, displayName: 'Camille' });
    expect(item.context.before.map((m) => m.text)).toEqual(['un', 'deux']);
    expect(item.context.after.map((m) => m.text)).toEqual(['quatre', 'cinq']);
    expect(item.reports).toEqual([expect.objectContaining({ reporterId: member.id, reason: 'harassment', note: 'vise une personne' })]);
    expect(item.scores).toMatchObject({ insult: expect.any(Number), harassment: expect.any(Number) });
    expect(item.spans).toEqual([]);
  });

  it('pages with a cursor', async () => {
    await reportedMessage();
    await reportedMessage();
    const first = await t.app.inject({ method: 'GET', url: `${ApiPath.adminModerationQueue}?limit=1`, headers: moderator.auth });
    const cursor = first.json().nextCursor;
    expect(cursor).toEqual(expect.any(String));
    const second = await t.app.inject({ method: 'GET', url: `${ApiPath.adminModerationQueue}?limit=1&cursor=${cursor}`, headers: moderator.auth });
    expect(second.json().items[0].id).toBeGreaterThan(first.json().items[0].id);
  });
});

describe('decisions', () => {
  it('writes every decision to the audit log and takes the item out of the queue', async () => {
    const { itemId, target } = await reportedMessage();
    const reply = await decide(moderator, itemId, { action: 'hide', note: 'propos blessants' });
    expect(reply.statusCode).toBe(200);
    expect(reply.json()).toEqual({ id: itemId, status: 'hidden', hidden: true });
    const audit = await t.db.selectFrom('audit_events').selectAll().where('action', '=', 'moderation.hide').where('target_id', '=', String(target)).execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actor_id: moderator.id, target_kind: 'message', metadata: { itemId, note: 'propos blessants' } });
    expect((await queue(moderator)).json().items.map((i: ModerationItem) => i.id)).not.toContain(itemId);

    expect((await decide(moderator, itemId, { action: 'approve' })).json()).toEqual({ id: itemId, status: 'approved', hidden: false });
    const approvals = await t.db.selectFrom('audit_events').select('id').where('action', '=', 'moderation.approve').execute();
    expect(approvals.length).toBeGreaterThan(0);
  });

  it('turns a deleted chat message into the chat’s tombstone', async () => {
    const { itemId, target } = await reportedMessage('à supprimer');
    expect((await decide(moderator, itemId, { action: 'delete' })).json()).toEqual({ id: itemId, status: 'deleted', hidden: true });
    const row = await t.db.selectFrom('chat_messages').select(['text', 'deleted_at']).where('id', '=', target).executeTakeFirstOrThrow();
    expect(row.text).toBeNull();
    expect(row.deleted_at).not.toBeNull();
  });

  it('suspends the author for the given days, tells them why, and blocks their posting', async () => {
    const target = await makeMember(t);
    const { messageIds } = await makeThreadWithMessages(t, target.id, ['message insultant']);
    const reported = await t.app.inject({
      method: 'POST',
      url: ApiPath.reports,
      headers: member.auth,
      remoteAddress: uniqueIp(),
      payload: { targetKind: 'message', targetId: messageIds[0], reason: 'offensive' },
    });
    const reply = await decide(moderator, reported.json().itemId, { action: 'suspend', days: 3, note: 'insultes répétées' });
    expect(reply.statusCode).toBe(200);
    const user = await t.db.selectFrom('users').select(['suspended_until', 'suspension_reason']).where('id', '=', target.id).executeTakeFirstOrThrow();
    const days = (user.suspended_until!.getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(2.9);
    expect(days).toBeLessThanOrEqual(3);
    expect(user.suspension_reason).toBe('insultes répétées');

    const principal = (await loadPrincipal(t.db, target.id))!;
    await expect(assertCanPost(t.db, principal)).rejects.toMatchObject({ status: 403, code: 'account_suspended', details: { reason: 'insultes répétées' } });
    const poll = await t.app.inject({
      method: 'POST',
      url: ApiPath.polls,
      headers: target.auth,
      payload: { question: 'Quand ?', method: 'single', options: [{ label: 'Lundi' }, { label: 'Mardi' }] },
    });
    expect(poll.statusCode).toBe(403);

    const mail = await t.db.selectFrom('mail_outbox').selectAll().where('recipient', '=', target.email).execute();
    expect(mail).toEqual([expect.objectContaining({ subject: '[EGOEJO] Compte suspendu', body: expect.stringContaining('insultes répétées') })]);
    const audit = await t.db.selectFrom('audit_events').selectAll().where('action', '=', 'moderation.suspend').execute();
    expect(audit[0]?.metadata).toMatchObject({ days: 3, authorId: target.id });
  });

  it('lets only an admin sanction a moderator', async () => {
    const otherModerator = await makeModerator(t);
    const { messageIds } = await makeThreadWithMessages(t, otherModerator.id, ['message d’un modérateur']);
    const reported = await t.app.inject({
      method: 'POST',
      url: ApiPath.reports,
      headers: member.auth,
      remoteAddress: uniqueIp(),
      payload: { targetKind: 'message', targetId: messageIds[0], reason: 'other' },
    });
    const itemId = reported.json().itemId;
    expect((await decide(moderator, itemId, { action: 'warn' })).statusCode).toBe(403);
    expect((await decide(await makeAdmin(t), itemId, { action: 'warn' })).statusCode).toBe(200);
  });
});

describe('score', () => {
  it('tells a moderator how a wording is judged, with the spans that explain it', async () => {
    const toxic = await t.app.inject({ method: 'POST', url: ApiPath.adminModerationScore, headers: moderator.auth, payload: { text: 'espèce de connard', lang: 'fr' } });
    expect(toxic.statusCode).toBe(200);
    expect(toxic.json()).toMatchObject({ flagged: true, scores: { insult: expect.any(Number) } });
    expect(toxic.json().spans[0]).toMatchObject({ category: 'insult', start: expect.any(Number), end: expect.any(Number) });
    const farming = await t.app.inject({ method: 'POST', url: ApiPath.adminModerationScore, headers: moderator.auth, payload: { text: 'Le purin d’ortie est prêt' } });
    expect(farming.json()).toMatchObject({ flagged: false, hidden: false, spans: [] });
  });
});
