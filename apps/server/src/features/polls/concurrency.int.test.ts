import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestUser, makeMember } from '../../../test/factories';
import { type TestApp, createTestApp } from '../../../test/harness';
import { hookTimeoutMs, pollClient, slowTestTimeoutMs } from './test-client';

let t: TestApp;
let api: ReturnType<typeof pollClient>;
let owner: TestUser;
const voters: TestUser[] = [];

beforeAll(async () => {
  t = await createTestApp();
  api = pollClient(t);
  owner = await makeMember(t);
  for (let i = 0; i < 8; i++) voters.push(await makeMember(t));
}, hookTimeoutMs);
afterAll(() => t.close());

async function openPoll(method = 'multiple') {
  const created = await api.create(owner.auth, { question: 'Combien ?', method, options: [{ label: 'Un' }, { label: 'Deux' }, { label: 'Trois' }] });
  const poll = created.json() as { id: number; options: { id: number }[] };
  await api.open(poll.id, owner.auth);
  return { id: poll.id, options: poll.options.map((o) => o.id) };
}

describe('concurrent ballots', { timeout: slowTestTimeoutMs }, () => {
  it('keeps one ballot per member when the same member votes many times at once, holding one of the choices sent', async () => {
    const poll = await openPoll();
    const voter = voters[0]!;
    const choices = [[poll.options[0]!], [poll.options[1]!], [poll.options[2]!], [poll.options[0]!, poll.options[1]!]];
    const replies = await Promise.all(Array.from({ length: 12 }, (_, i) => api.vote(poll.id, voter.auth, { optionIds: choices[i % choices.length]! })));
    expect(replies.map((r) => r.statusCode)).toEqual(replies.map(() => 200));
    const ballots = await t.db.selectFrom('poll_ballots').select('id').where('poll_id', '=', poll.id).execute();
    expect(ballots).toHaveLength(1);
    const stored = await t.db.selectFrom('poll_ballot_choices').select('option_id').where('ballot_id', '=', ballots[0]!.id).orderBy('option_id').execute();
    expect(choices.map((c) => [...c].sort((a, b) => a - b))).toContainEqual(stored.map((s) => s.option_id));
  });

  it('counts exactly the ballots that were accepted when a close races with them', async () => {
    const poll = await openPoll('single');
    const ballots = voters.map((v, i) => api.vote(poll.id, v.auth, { optionIds: [poll.options[i % 3]!] }));
    const close = api.close(poll.id, owner.auth);
    const replies = await Promise.all(ballots);
    expect((await close).statusCode).toBe(200);
    const accepted = replies.filter((r) => r.statusCode === 200).length;
    expect(replies.every((r) => r.statusCode === 200 || (r.statusCode === 409 && r.json().error.code === 'poll_not_open'))).toBe(true);
    const results = (await api.get(poll.id)).json().results;
    expect(results.ballotCount).toBe(accepted);
  });
});
