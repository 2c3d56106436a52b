import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ApiPath, type ServerMessageOf, pollTopic } from '@egoejo/contracts';
import { type TestUser, makeMember, uniqueIp } from '../../../test/factories';
import { type TestApp, createTestApp } from '../../../test/harness';
import { hookTimeoutMs, pollClient, slowTestTimeoutMs } from './test-client';

let t: TestApp;
let api: ReturnType<typeof pollClient>;
let owner: TestUser;
const crowd: TestUser[] = [];

beforeAll(async () => {
  t = await createTestApp();
  api = pollClient(t);
  owner = await makeMember(t);
  for (let i = 0; i < 12; i++) crowd.push(await makeMember(t));
}, hookTimeoutMs);
afterAll(() => t.close());

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function openPoll(body: Record<string, unknown> = {}) {
  const created = await api.create(owner.auth, { question: 'Quelle couleur ?', method: 'single', options: [{ label: 'Vert' }, { label: 'Bleu' }], ...body });
  return created.json() as { id: number; options: { id: number }[] };
}

async function listen(pollId: number) {
  const events: ServerMessageOf<'poll.updated'>[] = [];
  const stop = await t.ctx.pubsub.subscribe(pollTopic(pollId), (message) => events.push(message as ServerMessageOf<'poll.updated'>));
  return { events, stop };
}

describe('live poll updates', { timeout: slowTestTimeoutMs }, () => {
  it('publishes poll.updated with the tally on open, on each ballot and on close', async () => {
    const poll = await openPoll({ anonymous: true });
    const { events, stop } = await listen(poll.id);
    // Each step waits for the previous update and for the throttle window (250 ms) to pass.
    const step = async (count: number, action: () => Promise<unknown>) => {
      await action();
      await vi.waitFor(() => expect(events).toHaveLength(count), { timeout: 10_000 });
      await sleep(300);
    };
    await step(1, () => api.open(poll.id, owner.auth));
    await step(2, () => api.vote(poll.id, crowd[0]!.auth, { optionIds: [poll.options[0]!.id] }));
    await step(3, () => api.close(poll.id, owner.auth));
    await stop();
    expect(events.map((e) => [e.type, e.poll.status, e.poll.results?.ballotCount])).toEqual([
      ['poll.updated', 'open', 0],
      ['poll.updated', 'open', 1],
      ['poll.updated', 'closed', 1],
    ]);
    expect(events[1]!.poll.results?.voters).toBeNull();
  });

  it('sends at most a few updates per second under a burst of ballots, and the last one has the final tally', async () => {
    const poll = await openPoll();
    await api.open(poll.id, owner.auth);
    await sleep(300);
    const { events, stop } = await listen(poll.id);
    const started = Date.now();
    await Promise.all(
      crowd.map((v, i) =>
        t.app.inject({
          method: 'POST',
          url: ApiPath.pollBallots.replace(':id', String(poll.id)),
          remoteAddress: uniqueIp(),
          headers: v.auth,
          payload: { optionIds: [poll.options[i % 2]!.id] },
        }),
      ),
    );
    const elapsed = Date.now() - started;
    await sleep(600);
    await stop();
    // At most one update starts per 250 ms window (the exact count depends on how fast the ballots commit).
    expect(events.length).toBeLessThanOrEqual(Math.ceil((elapsed + 600) / 250) + 1);
    expect(events[events.length - 1]!.poll.results?.ballotCount).toBe(12);
  });
});

describe('personal data', { timeout: slowTestTimeoutMs }, () => {
  it("exports a member's ballots, and keeps them in the tally after the account is erased", async () => {
    const poll = await openPoll({ anonymous: false, resultsVisibility: 'always' });
    await api.open(poll.id, owner.auth);
    const voter = await makeMember(t);
    await api.vote(poll.id, voter.auth, { optionIds: [poll.options[1]!.id] });

    const exported = await t.app.inject({ method: 'GET', url: ApiPath.meExport, headers: voter.auth, remoteAddress: uniqueIp() });
    expect(exported.json().pollBallots).toEqual([
      expect.objectContaining({ poll_id: poll.id, question: 'Quelle couleur ?', choices: [{ option: 'Bleu', grade: null }] }),
    ]);

    const erased = await t.app.inject({
      method: 'DELETE',
      url: ApiPath.me,
      headers: voter.auth,
      remoteAddress: uniqueIp(),
      payload: { password: voter.password },
    });
    expect(erased.statusCode).toBe(204);
    const results = (await api.get(poll.id)).json().results;
    expect(results.ballotCount).toBe(1);
    expect(results.voters[0].voter.displayName).not.toBe('Camille');
  });
});
