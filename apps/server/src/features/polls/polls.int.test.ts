import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { ApiPath } from '@egoejo/contracts';
import { type TestUser, makeMember, makeModerator, uniqueIp } from '../../../test/factories';
import { type TestApp, createTestApp } from '../../../test/harness';
import { hookTimeoutMs, pollClient, slowTestTimeoutMs } from './test-client';

let t: TestApp;
let api: ReturnType<typeof pollClient>;
let alice: TestUser;
let bruno: TestUser;
let chloe: TestUser;
let modo: TestUser;

beforeAll(async () => {
  t = await createTestApp();
  api = pollClient(t);
  [alice, bruno, chloe, modo] = [await makeMember(t), await makeMember(t), await makeMember(t), await makeModerator(t)];
}, hookTimeoutMs);
afterAll(() => t.close());

const labels = (...names: string[]) => names.map((label) => ({ label }));

async function draft(owner: TestUser, body: Record<string, unknown> = {}) {
  const reply = await api.create(owner.auth, { question: 'Quel jour pour le chantier ?', method: 'single', options: labels('Samedi', 'Dimanche'), ...body });
  expect(reply.statusCode, reply.body).toBe(201);
  return reply.json();
}

async function opened(owner: TestUser, body: Record<string, unknown> = {}) {
  const poll = await draft(owner, body);
  expect((await api.open(poll.id, owner.auth)).statusCode).toBe(200);
  return poll;
}

describe('poll lifecycle', { timeout: slowTestTimeoutMs }, () => {
  it('goes from draft to open, takes a ballot, replaces it on a new ballot, closes, then refuses ballots', async () => {
    const poll = await draft(alice);
    expect(poll).toMatchObject({ status: 'draft', method: 'single', anonymous: true, resultsVisibility: 'after_vote', ballotCount: 0 });
    const [samedi, dimanche] = poll.options.map((o: { id: number }) => o.id);

    const notYet = await api.vote(poll.id, bruno.auth, { optionIds: [samedi] });
    expect(notYet.statusCode).toBe(404); // someone else's draft is not visible

    const open = await api.open(poll.id, alice.auth);
    expect(open.statusCode).toBe(200);
    expect(open.json().status).toBe('open');
    expect(open.json().opensAt).not.toBeNull();

    const first = await api.vote(poll.id, bruno.auth, { optionIds: [samedi] });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json().myBallot).toEqual({ optionIds: [samedi], grades: null });
    expect(first.json().results.choices).toEqual([
      { optionId: samedi, votes: 1, share: 1, rank: 1 },
      { optionId: dimanche, votes: 0, share: 0, rank: 2 },
    ]);

    const again = await api.vote(poll.id, bruno.auth, { optionIds: [dimanche] });
    expect(again.statusCode).toBe(200);
    expect(again.json().ballotCount).toBe(1);
    expect(again.json().results.choices.map((c: { votes: number }) => c.votes)).toEqual([0, 1]);

    const closed = await api.close(poll.id, alice.auth);
    expect(closed.statusCode).toBe(200);
    expect(closed.json().status).toBe('closed');

    const late = await api.vote(poll.id, chloe.auth, { optionIds: [samedi] });
    expect(late.statusCode).toBe(409);
    expect(late.json().error.code).toBe('poll_not_open');
    expect((await api.close(poll.id, alice.auth)).json().error.code).toBe('poll_already_closed');
    expect((await api.open(poll.id, alice.auth)).json().error.code).toBe('poll_not_draft');
  });

  it('edits a draft, and refuses to edit once open', async () => {
    const poll = await draft(alice);
    const edited = await api.patch(poll.id, alice.auth, { question: '  Quel jour ?  ', options: labels('Lundi', 'Mardi', 'Mercredi') });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json().question).toBe('Quel jour ?');
    expect(edited.json().options.map((o: { label: string }) => o.label)).toEqual(['Lundi', 'Mardi', 'Mercredi']);
    await api.open(poll.id, alice.auth);
    const late = await api.patch(poll.id, alice.auth, { question: 'Autre ?' });
    expect(late.statusCode).toBe(409);
    expect(late.json().error.code).toBe('poll_not_draft');
  });

  it('is scheduled until opensAt, then refuses ballots before that time', async () => {
    const opensAt = new Date(Date.now() + 3_600_000).toISOString();
    const poll = await opened(alice, { opensAt });
    const read = await api.get(poll.id);
    expect(read.json().status).toBe('scheduled');
    const early = await api.vote(poll.id, bruno.auth, { optionIds: [poll.options[0].id] });
    expect(early.statusCode).toBe(409);
    expect(early.json().error.code).toBe('poll_not_open');
  });

  it('counts as closed once closesAt has passed', async () => {
    const poll = await opened(alice, { closesAt: new Date(Date.now() + 3_600_000).toISOString() });
    // Time passes: the poll opened two seconds ago and its closing date went by a second ago.
    await sql`UPDATE polls SET opens_at = now() - interval '2 seconds', closes_at = now() - interval '1 second' WHERE id = ${poll.id}`.execute(t.db);
    expect((await api.get(poll.id)).json().status).toBe('closed');
    const late = await api.vote(poll.id, bruno.auth, { optionIds: [poll.options[0].id] });
    expect(late.statusCode).toBe(409);
  });

  it('deletes a poll with its ballots', async () => {
    const poll = await opened(alice);
    await api.vote(poll.id, bruno.auth, { optionIds: [poll.options[0].id] });
    expect((await api.remove(poll.id, alice.auth)).statusCode).toBe(204);
    expect((await api.get(poll.id)).statusCode).toBe(404);
    const left = await t.db.selectFrom('poll_ballots').select('id').where('poll_id', '=', poll.id).execute();
    expect(left).toEqual([]);
  });
});

async function thread(owner: TestUser, kind: 'general' | 'private', memberIds: number[] = []) {
  const reply = await t.app.inject({
    method: 'POST',
    url: ApiPath.chatThreads,
    remoteAddress: uniqueIp(),
    headers: owner.auth,
    payload: { kind, title: `Fil ${kind}`, memberIds },
  });
  expect(reply.statusCode, reply.body).toBe(201);
  return reply.json().thread.id as number;
}

describe('listing', { timeout: slowTestTimeoutMs }, () => {
  it('filters by thread and status, pages by cursor, and hides the drafts of others', async () => {
    const threadId = await thread(modo, 'general');
    const mine = await draft(alice, { threadId });
    const open1 = await opened(alice, { threadId });
    const open2 = await opened(bruno, { threadId });
    const all = await api.list(`threadId=${threadId}`, alice.auth);
    expect(all.statusCode).toBe(200);
    expect(all.json().items.map((p: { id: number }) => p.id)).toEqual([open2.id, open1.id, mine.id]);
    const asBruno = await api.list(`threadId=${threadId}`, bruno.auth);
    expect(asBruno.json().items.map((p: { id: number }) => p.id)).toEqual([open2.id, open1.id]);
    const page1 = await api.list(`threadId=${threadId}&status=open&limit=1`, chloe.auth);
    expect(page1.json().items.map((p: { id: number }) => p.id)).toEqual([open2.id]);
    const page2 = await api.list(`threadId=${threadId}&status=open&limit=1&cursor=${page1.json().nextCursor}`, chloe.auth);
    expect(page2.json()).toMatchObject({ items: [{ id: open1.id }], nextCursor: null });
    const asModerator = await api.list(`threadId=${threadId}&status=draft`, modo.auth);
    expect(asModerator.json().items.map((p: { id: number }) => p.id)).toEqual([mine.id]);
    const outsideThreads = await api.list('status=open');
    expect(outsideThreads.json().items.map((p: { threadId: number | null }) => p.threadId)).not.toContain(threadId);
  });

  it('keeps the polls of a private thread to its members', async () => {
    const threadId = await thread(alice, 'private', [bruno.id]);
    const poll = await opened(alice, { threadId });
    expect((await api.get(poll.id, bruno.auth)).statusCode).toBe(200);
    expect((await api.get(poll.id, chloe.auth)).statusCode).toBe(404);
    expect((await api.get(poll.id)).statusCode).toBe(404);
    expect((await api.vote(poll.id, chloe.auth, { optionIds: [poll.options[0].id] })).statusCode).toBe(404);
    expect((await api.close(poll.id, chloe.auth)).statusCode).toBe(404);
    expect((await api.list(`threadId=${threadId}`, chloe.auth)).statusCode).toBe(404);
    const intruder = await api.create(chloe.auth, { question: 'Ici ?', method: 'single', options: labels('A', 'B'), threadId });
    expect(intruder.statusCode).toBe(404);
  });

  it('lists the polls of a project by its slug, and answers 404 for an unknown project', async () => {
    const slug = `verger-${Date.now()}`;
    await sql`INSERT INTO projects (slug, title, category) VALUES (${slug}, 'Verger partagé', 'agriculture')`.execute(t.db);
    const poll = await opened(alice, { projectSlug: slug });
    const listed = await api.list(`projectSlug=${slug}`);
    expect(listed.json().items.map((p: { id: number }) => p.id)).toEqual([poll.id]);
    expect((await api.list('projectSlug=nulle-part')).statusCode).toBe(404);
    expect((await api.create(alice.auth, { question: 'Où ?', method: 'single', options: labels('A', 'B'), projectSlug: 'nulle-part' })).statusCode).toBe(404);
  });
});
