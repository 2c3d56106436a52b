import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestUser, makeMember } from '../../../test/factories';
import { type TestApp, createTestApp } from '../../../test/harness';
import { type TestSocket, openSocket, wsUrlOf } from '../../../test/ws-client';
import { hookTimeoutMs, pollClient, slowTestTimeoutMs } from './test-client';

let t: TestApp;
let url: string;
let api: ReturnType<typeof pollClient>;
let owner: TestUser;
let voter: TestUser;
const sockets: TestSocket[] = [];

beforeAll(async () => {
  t = await createTestApp();
  url = await wsUrlOf(t);
  api = pollClient(t);
  [owner, voter] = [await makeMember(t), await makeMember(t)];
}, hookTimeoutMs);
afterAll(async () => {
  for (const s of sockets) await s.close();
  await t.close();
});

async function socket(token?: string) {
  const s = await openSocket(url, token ? { token } : {});
  sockets.push(s);
  return s;
}

async function openPoll(body: Record<string, unknown> = {}) {
  const created = await api.create(owner.auth, { question: 'Quelle date ?', method: 'single', options: [{ label: 'Mai' }, { label: 'Juin' }], ...body });
  const poll = created.json() as { id: number; options: { id: number }[] };
  await api.open(poll.id, owner.auth);
  return poll;
}

describe('poll.subscribe over /ws', { timeout: slowTestTimeoutMs }, () => {
  it('sends the current state, then live results to every subscriber allowed to see them', async () => {
    const poll = await openPoll({ resultsVisibility: 'always' });
    const visitor = await socket();
    visitor.send({ type: 'poll.subscribe', poll: poll.id });
    expect((await visitor.next('poll.updated')).poll).toMatchObject({ id: poll.id, status: 'open', results: { ballotCount: 0 } });
    await api.vote(poll.id, voter.auth, { optionIds: [poll.options[0]!.id] });
    const update = await visitor.next('poll.updated', (m) => m.poll.results?.ballotCount === 1);
    expect(update.poll.results?.choices?.[0]).toMatchObject({ votes: 1, rank: 1 });
  });

  it('strips results for a subscriber who may not see them yet, until they vote', async () => {
    const poll = await openPoll({ resultsVisibility: 'after_vote' });
    const visitor = await socket();
    const member = await socket(voter.token);
    const creator = await socket(owner.token);
    for (const s of [visitor, member, creator]) {
      s.send({ type: 'poll.subscribe', poll: poll.id });
      await s.next('poll.updated');
    }
    const other = await makeMember(t);
    await api.vote(poll.id, other.auth, { optionIds: [poll.options[1]!.id] });
    expect((await creator.next('poll.updated', (m) => m.poll.results?.ballotCount === 1)).poll.results?.ballotCount).toBe(1);
    expect((await visitor.next('poll.updated')).poll.results).toBeNull();
    expect((await member.next('poll.updated')).poll.results).toBeNull();

    await new Promise((resolve) => setTimeout(resolve, 300));
    await api.vote(poll.id, voter.auth, { optionIds: [poll.options[0]!.id] });
    expect((await member.next('poll.updated', (m) => m.poll.results !== null)).poll.results?.ballotCount).toBe(2);
    expect((await visitor.next('poll.updated')).poll.results).toBeNull();

    await new Promise((resolve) => setTimeout(resolve, 300));
    await api.close(poll.id, owner.auth);
    expect((await visitor.next('poll.updated', (m) => m.poll.status === 'closed')).poll.results?.ballotCount).toBe(2);
  });

  it('stops sending after poll.unsubscribe', async () => {
    const poll = await openPoll({ resultsVisibility: 'always' });
    const s = await socket();
    s.send({ type: 'poll.subscribe', poll: poll.id });
    await s.next('poll.updated');
    s.send({ type: 'poll.unsubscribe', poll: poll.id });
    s.send({ type: 'ping' });
    await s.next('pong');
    await api.vote(poll.id, voter.auth, { optionIds: [poll.options[0]!.id] });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(s.received.filter((m) => m.type === 'poll.updated')).toHaveLength(1);
  });

  it.each([
    ['a missing poll', (id: number) => ({ type: 'poll.subscribe', poll: id + 10_000 }), 'not_found'],
    ['a draft of someone else', (id: number) => ({ type: 'poll.subscribe', poll: id }), 'not_found'],
    ['a poll id that is not a number', () => ({ type: 'poll.subscribe', poll: 'abc' }), 'validation_failed'],
    ['no poll id', () => ({ type: 'poll.unsubscribe' }), 'validation_failed'],
  ])('answers an error frame for %s and keeps the socket open', async (_label, frame, code) => {
    const created = await api.create(owner.auth, { question: 'Brouillon ?', method: 'single', options: [{ label: 'A' }, { label: 'B' }] });
    const s = await socket(voter.token);
    s.send(frame(created.json().id));
    expect((await s.next('error')).code).toBe(code);
    s.send({ type: 'ping' });
    await s.next('pong');
  });
});
