import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestUser, makeMember, makeModerator } from '../../../test/factories';
import { type TestApp, createTestApp } from '../../../test/harness';
import { hookTimeoutMs, pollClient, slowTestTimeoutMs } from './test-client';

let t: TestApp;
let api: ReturnType<typeof pollClient>;
let owner: TestUser;
let other: TestUser;
let modo: TestUser;

beforeAll(async () => {
  t = await createTestApp();
  api = pollClient(t);
  [owner, other, modo] = [await makeMember(t), await makeMember(t), await makeModerator(t)];
}, hookTimeoutMs);
afterAll(() => t.close());

const base = { question: 'Où planter les arbres ?', method: 'single', options: [{ label: 'Nord' }, { label: 'Sud' }] };

async function poll(body: Record<string, unknown> = {}, open = true) {
  const created = await api.create(owner.auth, { ...base, ...body });
  expect(created.statusCode, created.body).toBe(201);
  const id = created.json().id as number;
  if (open) expect((await api.open(id, owner.auth)).statusCode).toBe(200);
  return { id, options: created.json().options.map((o: { id: number }) => o.id) as number[] };
}

describe('permissions', { timeout: slowTestTimeoutMs }, () => {
  it('lets a visitor read an open poll but neither vote nor create (401)', async () => {
    const p = await poll();
    expect((await api.get(p.id)).statusCode).toBe(200);
    expect((await api.vote(p.id, undefined, { optionIds: [p.options[0]] })).statusCode).toBe(401);
    expect((await api.create(undefined, base)).statusCode).toBe(401);
  });

  it("refuses a member who opens, closes, edits or deletes another member's poll (403)", async () => {
    const draft = await poll({}, false);
    expect((await api.open(draft.id, other.auth)).statusCode).toBe(403);
    expect((await api.patch(draft.id, other.auth, { question: 'À moi ?' })).statusCode).toBe(403);
    const open = await poll();
    expect((await api.close(open.id, other.auth)).statusCode).toBe(403);
    const removed = await api.remove(open.id, other.auth);
    expect(removed.statusCode).toBe(403);
    expect(removed.json().error.code).toBe('forbidden');
    expect((await api.get(open.id)).statusCode).toBe(200);
  });

  it("lets a moderator open, close and delete another member's poll, and records it in the audit log", async () => {
    const p = await poll({}, false);
    expect((await api.open(p.id, modo.auth)).statusCode).toBe(200);
    expect((await api.close(p.id, modo.auth)).statusCode).toBe(200);
    expect((await api.remove(p.id, modo.auth)).statusCode).toBe(204);
    const events = await t.db
      .selectFrom('audit_events')
      .select(['action', 'actor_id'])
      .where('target_kind', '=', 'poll')
      .where('target_id', '=', String(p.id))
      .orderBy('id')
      .execute();
    expect(events).toEqual([
      { action: 'poll.opened', actor_id: modo.id },
      { action: 'poll.closed', actor_id: modo.id },
      { action: 'poll.deleted', actor_id: modo.id },
    ]);
  });

  it('refuses the ballot of a suspended member (403 suspended)', async () => {
    const p = await poll();
    const suspended = await makeMember(t);
    await t.db.updateTable('users').set({ suspended_until: new Date(Date.now() + 86_400_000) }).where('id', '=', suspended.id).execute();
    const reply = await api.vote(p.id, suspended.auth, { optionIds: [p.options[0]] });
    expect(reply.statusCode).toBe(403);
    expect(reply.json().error.code).toBe('suspended');
  });

  it('hides a draft from other members and visitors (404)', async () => {
    const p = await poll({}, false);
    expect((await api.get(p.id, other.auth)).statusCode).toBe(404);
    expect((await api.get(p.id)).statusCode).toBe(404);
    expect((await api.get(p.id, modo.auth)).statusCode).toBe(200);
  });
});

describe('who sees the results', { timeout: slowTestTimeoutMs }, () => {
  it('after_vote: a member once they voted, a visitor only after the close', async () => {
    const p = await poll({ resultsVisibility: 'after_vote' });
    expect((await api.get(p.id)).json().results).toBeNull();
    expect((await api.get(p.id, other.auth)).json().results).toBeNull();
    expect((await api.get(p.id, owner.auth)).json().results).not.toBeNull();
    expect((await api.vote(p.id, other.auth, { optionIds: [p.options[1]] })).json().results.ballotCount).toBe(1);
    expect((await api.get(p.id)).json().results).toBeNull();
    await api.close(p.id, owner.auth);
    expect((await api.get(p.id)).json().results.ballotCount).toBe(1);
  });

  it('always: everyone, visitors included, while the poll is open', async () => {
    const p = await poll({ resultsVisibility: 'always' });
    expect((await api.get(p.id)).json().results).toMatchObject({ ballotCount: 0 });
  });

  it('after_close: not even a voter before the close', async () => {
    const p = await poll({ resultsVisibility: 'after_close' });
    expect((await api.vote(p.id, other.auth, { optionIds: [p.options[0]] })).json().results).toBeNull();
    await api.close(p.id, owner.auth);
    expect((await api.get(p.id, other.auth)).json().results.ballotCount).toBe(1);
  });

  it('lists who voted what on a named poll, and never a voter on an anonymous one', async () => {
    const named = await poll({ anonymous: false, resultsVisibility: 'always' });
    await api.vote(named.id, other.auth, { optionIds: [named.options[1]] });
    const voters = (await api.get(named.id)).json().results.voters;
    expect(voters).toEqual([{ voter: { id: other.id, displayName: 'Camille' }, optionIds: [named.options[1]], grades: null }]);

    const secret = await poll({ anonymous: true, resultsVisibility: 'always' });
    await api.vote(secret.id, other.auth, { optionIds: [secret.options[1]] });
    const reply = await api.get(secret.id, modo.auth);
    expect(reply.json().results.voters).toBeNull();
    expect(reply.body).not.toContain('"voter"');
  });
});

describe('bad input answers 400, never 500', { timeout: slowTestTimeoutMs }, () => {
  const labels = (...names: string[]) => names.map((label) => ({ label }));
  it.each([
    ['one option', { options: labels('Seul') }],
    ['21 options', { options: labels(...Array.from({ length: 21 }, (_, i) => `Option ${i}`)) }],
    ['an empty label', { options: labels('Oui', '   ') }],
    ['duplicate labels', { options: labels('Oui', ' oui ') }],
    ['an unknown method', { method: 'quadratic' }],
    ['an empty question', { question: '  ' }],
    ['maxChoices on a single-choice poll', { maxChoices: 2 }],
    ['maxChoices above the number of options', { method: 'multiple', maxChoices: 3 }],
    ['a close before the opening', { opensAt: '2030-01-02T00:00:00Z', closesAt: '2030-01-01T00:00:00Z' }],
    ['a close in the past', { closesAt: '2020-01-01T00:00:00Z' }],
    ['a date that is not a date', { opensAt: 'demain' }],
    ['both a thread and a project', { threadId: 1, projectSlug: 'verger' }],
    ['an unknown field', { status: 'open' }],
  ])('refuses a poll with %s', async (_label, body) => {
    const reply = await api.create(owner.auth, { ...base, ...body });
    expect(reply.statusCode, reply.body).toBe(400);
    expect(reply.json().error.details.length).toBeGreaterThan(0);
  });

  it('refuses an empty or invalid edit', async () => {
    const p = await poll({}, false);
    expect((await api.patch(p.id, owner.auth, {})).statusCode).toBe(400);
    expect((await api.patch(p.id, owner.auth, { options: [{ label: 'A' }, { label: 'a' }] })).statusCode).toBe(400);
    expect((await api.patch(p.id, owner.auth, { method: 'multiple', maxChoices: 5 })).statusCode).toBe(400);
  });

  it('refuses invalid list filters and ids', async () => {
    expect((await api.list('status=ouvert')).statusCode).toBe(400);
    expect((await api.list('cursor=nimporte')).statusCode).toBe(400);
    expect((await api.list('threadId=abc')).statusCode).toBe(400);
    const reply = await t.app.inject({ method: 'GET', url: '/api/polls/abc' });
    expect(reply.statusCode).toBe(400);
    expect((await api.get(987_654_321)).statusCode).toBe(404);
  });

  it.each([
    ['single', 'an unknown option', (o: number[]) => ({ optionIds: [o[0]! + 1000] }), 'unknown_option'],
    ['single', 'the same option twice', (o: number[]) => ({ optionIds: [o[0], o[0]] }), 'validation_failed'],
    ['single', 'two choices', (o: number[]) => ({ optionIds: [o[0], o[1]] }), 'too_many_choices'],
    ['multiple', 'more choices than maxChoices', (o: number[]) => ({ optionIds: o }), 'too_many_choices'],
    ['single', 'no choice', () => ({ optionIds: [] }), 'validation_failed'],
    ['single', 'grades instead of choices', (o: number[]) => ({ grades: { [o[0]!]: 3 } }), 'wrong_ballot_kind'],
    ['single', 'both choices and grades', (o: number[]) => ({ optionIds: [o[0]], grades: { [o[0]!]: 3 } }), 'validation_failed'],
    ['single', 'an empty body', () => ({}), 'validation_failed'],
    ['majority', 'choices instead of grades', (o: number[]) => ({ optionIds: [o[0]] }), 'wrong_ballot_kind'],
    ['majority', 'a grade above the scale', (o: number[]) => ({ grades: { [o[0]!]: 6, [o[1]!]: 1, [o[2]!]: 1 } }), 'validation_failed'],
    ['majority', 'a negative grade', (o: number[]) => ({ grades: { [o[0]!]: -1, [o[1]!]: 1, [o[2]!]: 1 } }), 'validation_failed'],
    ['majority', 'a fractional grade', (o: number[]) => ({ grades: { [o[0]!]: 2.5, [o[1]!]: 1, [o[2]!]: 1 } }), 'validation_failed'],
    ['majority', 'a missing grade', (o: number[]) => ({ grades: { [o[0]!]: 2, [o[1]!]: 1 } }), 'missing_grades'],
    ['majority', 'a grade for an unknown option', (o: number[]) => ({ grades: { [o[0]!]: 2, [o[1]!]: 1, [o[2]!]: 1, [o[2]! + 999]: 1 } }), 'unknown_option'],
    ['majority', 'a key that is not an id', (o: number[]) => ({ grades: { abc: 2, [o[1]!]: 1, [o[2]!]: 1 } }), 'validation_failed'],
  ])('refuses a %s ballot with %s', async (method, _label, body, code) => {
    const p = await poll({ method, options: [{ label: 'Un' }, { label: 'Deux' }, { label: 'Trois' }], ...(method === 'multiple' ? { maxChoices: 2 } : {}) });
    const reply = await api.vote(p.id, other.auth, body(p.options));
    expect(reply.statusCode, reply.body).toBe(400);
    expect(reply.json().error.code).toBe(code);
    const stored = await t.db.selectFrom('poll_ballots').select('id').where('poll_id', '=', p.id).execute();
    expect(stored).toEqual([]);
  });
});
