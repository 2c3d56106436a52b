import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestUser, makeMember } from '../../../test/factories';
import { type TestApp, createTestApp } from '../../../test/harness';
import { hookTimeoutMs, pollClient, slowTestTimeoutMs } from './test-client';

let t: TestApp;
let api: ReturnType<typeof pollClient>;
let owner: TestUser;
let voters: TestUser[];

beforeAll(async () => {
  t = await createTestApp();
  api = pollClient(t);
  owner = await makeMember(t);
  voters = [];
  for (let i = 0; i < 5; i++) voters.push(await makeMember(t));
}, hookTimeoutMs);
afterAll(() => t.close());

async function openPoll(method: string, options: string[], extra: Record<string, unknown> = {}) {
  const created = await api.create(owner.auth, { question: 'Que choisir ?', method, options: options.map((label) => ({ label })), ...extra });
  expect(created.statusCode, created.body).toBe(201);
  const poll = created.json();
  expect((await api.open(poll.id, owner.auth)).statusCode).toBe(200);
  return { id: poll.id as number, options: poll.options.map((o: { id: number }) => o.id) as number[] };
}

/** Each voter grades the options in order: grades[v][o] is voter v's grade for option o. */
async function gradeAll(poll: { id: number; options: number[] }, grades: number[][]) {
  for (const [v, row] of grades.entries()) {
    const body = { grades: Object.fromEntries(poll.options.map((id, o) => [String(id), row[o]])) };
    const reply = await api.vote(poll.id, voters[v]!.auth, body);
    expect(reply.statusCode, reply.body).toBe(200);
  }
  return (await api.get(poll.id, owner.auth)).json().results;
}

describe('single and multiple choice tallies', { timeout: slowTestTimeoutMs }, () => {
  it('counts one choice per ballot and shares the rank of tied options', async () => {
    const poll = await openPoll('single', ['Haie', 'Mare', 'Verger']);
    const [haie, mare, verger] = poll.options;
    for (const [i, choice] of [haie, mare, haie, mare, verger].entries()) {
      expect((await api.vote(poll.id, voters[i]!.auth, { optionIds: [choice] })).statusCode).toBe(200);
    }
    const results = (await api.get(poll.id, owner.auth)).json().results;
    expect(results.ballotCount).toBe(5);
    expect(results.choices).toEqual([
      { optionId: haie, votes: 2, share: 0.4, rank: 1 },
      { optionId: mare, votes: 2, share: 0.4, rank: 1 },
      { optionId: verger, votes: 1, share: 0.2, rank: 3 },
    ]);
    expect(results.grades).toBeNull();
  });

  it('counts several choices per ballot, shares relative to ballots', async () => {
    const poll = await openPoll('multiple', ['Pain', 'Fromage', 'Vin', 'Fruits'], { maxChoices: 3 });
    const [pain, fromage, vin, fruits] = poll.options;
    const ballots = [[pain, fromage, vin], [pain], [pain, fruits], [fromage, pain]];
    for (const [i, optionIds] of ballots.entries()) {
      expect((await api.vote(poll.id, voters[i]!.auth, { optionIds })).statusCode).toBe(200);
    }
    const results = (await api.get(poll.id, owner.auth)).json().results;
    expect(results.ballotCount).toBe(4);
    expect(results.choices).toEqual([
      { optionId: pain, votes: 4, share: 1, rank: 1 },
      { optionId: fromage, votes: 2, share: 0.5, rank: 2 },
      { optionId: vin, votes: 1, share: 0.25, rank: 3 },
      { optionId: fruits, votes: 1, share: 0.25, rank: 3 },
    ]);
  });
});

describe('majority judgement tally', { timeout: slowTestTimeoutMs }, () => {
  it('ranks by majority grade first, and reports the grade distribution and the gauge', async () => {
    const poll = await openPoll('majority', ['Compost', 'Poulailler']);
    const results = await gradeAll(poll, [
      [5, 1],
      [4, 2],
      [3, 2],
    ]);
    expect(results.grades).toEqual([
      { optionId: poll.options[0], majorityGrade: 4, gradeCounts: [0, 0, 0, 1, 1, 1], shareAbove: 1 / 3, shareBelow: 1 / 3, rank: 1 },
      { optionId: poll.options[1], majorityGrade: 2, gradeCounts: [0, 1, 2, 0, 0, 0], shareAbove: 0, shareBelow: 1 / 3, rank: 2 },
    ]);
    expect(results.choices).toBeNull();
  });

  it('takes the lower median as the majority grade with an even number of ballots', async () => {
    const poll = await openPoll('majority', ['Serre', 'Rucher']);
    const results = await gradeAll(poll, [
      [1, 5],
      [2, 5],
      [4, 0],
      [4, 0],
    ]);
    expect(results.grades.map((g: { majorityGrade: number }) => g.majorityGrade)).toEqual([2, 0]);
  });

  it('breaks a tie of majority grades deep in the majority value, where the gauge sees a tie', async () => {
    // Both have majority grade 3 and one grade above and one below it (gauge 1/5 vs 1/5: tied).
    // Removing medians: A gives 3,3,3,1,5 and B gives 3,3,3,2,4; B wins at the fourth grade.
    const poll = await openPoll('majority', ['A', 'B']);
    const results = await gradeAll(poll, [
      [1, 2],
      [3, 3],
      [3, 3],
      [3, 3],
      [5, 4],
    ]);
    const [a, b] = results.grades;
    expect([a.majorityGrade, b.majorityGrade]).toEqual([3, 3]);
    expect([a.shareAbove, a.shareBelow, b.shareAbove, b.shareBelow]).toEqual([0.2, 0.2, 0.2, 0.2]);
    expect([a.rank, b.rank]).toEqual([2, 1]);
  });

  it('breaks a tie with an even number of ballots by the next median (the upper middle grade)', async () => {
    // Sorted A = 1,2,4,4 and B = 2,2,3,5: both majority grade 2; next medians 4 (A) vs 3 (B).
    const poll = await openPoll('majority', ['A', 'B', 'C']);
    const results = await gradeAll(poll, [
      [1, 2, 0],
      [2, 2, 0],
      [4, 3, 1],
      [4, 5, 1],
    ]);
    expect(results.grades.map((g: { majorityGrade: number; rank: number }) => [g.majorityGrade, g.rank])).toEqual([
      [2, 1],
      [2, 2],
      [0, 3],
    ]);
  });

  it('ranks options with the same grades equal', async () => {
    const poll = await openPoll('majority', ['Lundi', 'Mardi', 'Mercredi']);
    const results = await gradeAll(poll, [
      [2, 4, 1],
      [4, 2, 1],
      [3, 3, 1],
    ]);
    expect(results.grades.map((g: { rank: number }) => g.rank)).toEqual([1, 1, 3]);
  });

  it('ranks every option first before any ballot', async () => {
    const poll = await openPoll('majority', ['X', 'Y']);
    const results = (await api.get(poll.id, owner.auth)).json().results;
    expect(results.grades).toEqual([
      { optionId: poll.options[0], majorityGrade: null, gradeCounts: [0, 0, 0, 0, 0, 0], shareAbove: 0, shareBelow: 0, rank: 1 },
      { optionId: poll.options[1], majorityGrade: null, gradeCounts: [0, 0, 0, 0, 0, 0], shareAbove: 0, shareBelow: 0, rank: 1 },
    ]);
  });
});
