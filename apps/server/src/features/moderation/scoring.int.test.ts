import { afterAll, beforeAll, expect, it } from 'vitest';
import { ApiPath, type ServerMessageOf, pathWith } from '@egoejo/contracts';
import { type TestUser, makeMember, makeModerator, uniqueEmail, uniqueIp } from '../../../test/factories';
import { type TestApp, createTestApp } from '../../../test/harness';
import { insertMessageInOrder, insertThread } from '../chat/store';
import { moderatorsTopic, threadTopic } from './notify';
import { enqueueScoring } from './scoring';
import { nextPublication } from './test-support';

let t: TestApp;
let author: TestUser;
let moderator: TestUser;
let threadId: number;
beforeAll(async () => {
  t = await createTestApp();
  author = await makeMember(t);
  moderator = await makeModerator(t);
  threadId = (await insertThread(t.db, { kind: 'general', title: 'Le potager', projectSlug: null, createdBy: author.id })).id;
  await t.ctx.jobs.start({ work: true });
}, 120_000);
afterAll(async () => {
  await t.ctx.jobs.stop();
  await t.close();
});

let sent = 0;
/** Stores a chat message and enqueues its scoring in one transaction, as the chat's send does. */
const send = (text: string) =>
  t.db.transaction().execute(async (tx) => {
    const row = await insertMessageInOrder(tx, { threadId, authorId: author.id, clientId: `s${++sent}`, text, mediaId: null, replyToId: null });
    await enqueueScoring(t.ctx, tx, { kind: 'message', id: row.id, text, authorId: author.id, threadId });
    return row;
  });

type Flagged = ServerMessageOf<'moderation.flagged'>;
const flaggedWith = (text: string) => nextPublication<Flagged>(t, moderatorsTopic, (m) => m.type === 'moderation.flagged' && m.item.content === text);

it('flags a toxic message shortly after its commit and tells the moderators live and by mail', async () => {
  const text = 'You are a pathetic idiot and everyone here hates you';
  const flagged = flaggedWith(text);
  const committedAt = Date.now();
  const row = await send(text);
  const { item } = await flagged;
  const latencyMs = Date.now() - committedAt;
  // The worker polls every 0.5 s: about a second from commit to the moderators' screens.
  expect(latencyMs).toBeLessThan(1_500);
  expect(item).toMatchObject({ targetKind: 'message', targetId: row.id, status: 'pending', threadId, author: { id: author.id } });
  expect(item.spans.length).toBeGreaterThan(0);
  expect(Math.max(...Object.values(item.scores ?? {}))).toBeGreaterThanOrEqual(0.5);

  const mail = await t.db.selectFrom('mail_outbox').selectAll().where('recipient', '=', moderator.email).execute();
  expect(mail.some((m) => m.body.includes(text))).toBe(true);
  expect(mail.every((m) => m.sent_at === null)).toBe(true); // no SMTP_URL: the outbox keeps it
});

it('hides a message at once above the hide threshold and tells its thread', async () => {
  const text = 'espèce de connard, je vais te tuer';
  const hidden = nextPublication<ServerMessageOf<'message.hidden'>>(t, threadTopic(threadId), (m) => m.type === 'message.hidden');
  const row = await send(text);
  expect(await hidden).toEqual({ type: 'message.hidden', thread: threadId, id: row.id });
  const item = await t.db.selectFrom('moderation_items').selectAll().where('target_kind', '=', 'message').where('target_id', '=', row.id).executeTakeFirstOrThrow();
  expect(item.hidden_at).not.toBeNull();
  expect(item.status).toBe('pending');
});

it('leaves ordinary talk of the community alone', async () => {
  const ordinary = await send('Le purin d’ortie et la bouse de corne, selon Steiner, ça marche au potager.');
  const toxicText = 'ta gueule sale conne';
  const toxic = flaggedWith(toxicText);
  await send(toxicText);
  // Jobs run one at a time in order: once the later toxic one is flagged, the ordinary one was scored.
  await toxic;
  const item = await t.db.selectFrom('moderation_items').select('id').where('target_kind', '=', 'message').where('target_id', '=', ordinary.id).executeTakeFirst();
  expect(item).toBeUndefined();
});

it('never scores a message whose transaction rolled back', async () => {
  const text = 'rolled back: you stupid moron';
  await t.db
    .transaction()
    .execute(async (tx) => {
      await enqueueScoring(t.ctx, tx, { kind: 'message', id: 999_999, text, authorId: author.id, threadId });
      throw new Error('rollback');
    })
    .catch(() => undefined);
  const after = 'committed: you stupid moron';
  const flagged = flaggedWith(after);
  await send(after);
  await flagged;
  const rows = await t.db.selectFrom('moderation_items').select('id').where('content', '=', text).execute();
  expect(rows).toEqual([]);
});

it('scores join-form messages and members’ project proposals the same way', async () => {
  const joinText = 'Send nudes or I will find where you live';
  const joinFlagged = flaggedWith(joinText);
  const joined = await t.app.inject({
    method: 'POST',
    url: ApiPath.intents,
    remoteAddress: uniqueIp(),
    payload: { name: 'Anonyme', email: uniqueEmail(), profile: 'je-decouvre', message: joinText },
  });
  expect(joined.statusCode).toBe(201);
  expect((await joinFlagged).item).toMatchObject({ targetKind: 'intent', author: null });

  const description = 'Ce projet est pour les vrais, pas pour les connards de la mairie.';
  const projectFlagged = nextPublication<Flagged>(t, moderatorsTopic, (m) => m.type === 'moderation.flagged' && m.item.targetKind === 'project');
  const created = await t.app.inject({
    method: 'POST',
    url: ApiPath.projects,
    headers: author.auth,
    payload: { title: 'Jardin partagé', category: 'agriculture', description },
  });
  expect(created.statusCode).toBe(201);
  const { item } = await projectFlagged;
  expect(item).toMatchObject({ targetId: created.json().project.id, author: { id: author.id } });
  expect(item.content).toContain(description);
});

it('exposes the scoring queue depth, its dead letters and the flag count in /metrics', async () => {
  const metrics = await t.ctx.metrics.registry.metrics();
  expect(metrics).toMatch(/jobs_queue_depth\{queue="moderation\.score"\} \d+/);
  expect(metrics).toMatch(/jobs_queue_depth\{queue="moderation\.score\.dead"\} 0/);
  expect(metrics).toMatch(/moderation_flagged_total\{kind="message"\} [1-9]/);
});

it('scores a member’s proposal again when they edit it', async () => {
  const created = await t.app.inject({ method: 'POST', url: ApiPath.projects, headers: author.auth, payload: { title: 'Verger collectif', category: 'agriculture', description: 'Des pommiers anciens.' } });
  const { slug, id } = created.json().project as { slug: string; id: number };
  const description = 'Des pommiers anciens, et le maire est un sale connard.';
  const flagged = nextPublication<Flagged>(t, moderatorsTopic, (m) => m.type === 'moderation.flagged' && m.item.targetKind === 'project' && m.item.targetId === id);
  const edited = await t.app.inject({ method: 'PATCH', url: pathWith(ApiPath.project, { slug }), headers: author.auth, payload: { description } });
  expect(edited.statusCode).toBe(200);
  expect((await flagged).item.content).toContain(description);
});
