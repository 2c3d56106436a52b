import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, createTestApp } from '../../../test/harness';
import { insertOptions, insertPoll } from './store';
import { tallyGrades } from './tally';
import { hookTimeoutMs, slowTestTimeoutMs } from './test-client';

let t: TestApp;
let voterIds: number[];
const maxVoters = 9;

beforeAll(async () => {
  t = await createTestApp();
  // Bare user rows (no password): the tally only needs distinct voters.
  const rows = await t.db
    .insertInto('users')
    .values(Array.from({ length: maxVoters }, (_, i) => ({ display_name: `Votant ${i}` })))
    .returning('id')
    .execute();
  voterIds = rows.map((r) => r.id);
}, hookTimeoutMs);
afterAll(() => t.close());

/** The definition, step by step: repeatedly take the lower median grade and remove it. */
function majorityValue(grades: number[]): number[] {
  const rest = [...grades].sort((a, b) => a - b);
  const value: number[] = [];
  while (rest.length) value.push(...rest.splice(Math.floor((rest.length - 1) / 2), 1));
  return value;
}

function compare(a: number[], b: number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}

/** Rank 1 is best; options with equal majority values share a rank. */
function referenceRanks(gradesPerOption: number[][]): number[] {
  const values = gradesPerOption.map(majorityValue);
  return values.map((v) => 1 + values.filter((other) => compare(other, v) > 0).length);
}

describe('majority judgement in SQL', { timeout: slowTestTimeoutMs * 4 }, () => {
  it('ranks and grades exactly like the step-by-step definition, for any ballots', async () => {
    const ballots = fc
      .tuple(fc.integer({ min: 2, max: 5 }), fc.integer({ min: 1, max: maxVoters }))
      .chain(([options, voters]) =>
        fc.array(fc.array(fc.integer({ min: 0, max: 5 }), { minLength: options, maxLength: options }), {
          minLength: voters,
          maxLength: voters,
        }),
      );
    await fc.assert(
      fc.asyncProperty(ballots, async (grades) => {
        const optionCount = grades[0]!.length;
        const { id: pollId } = await insertPoll(t.db, {
          creator_id: null,
          thread_id: null,
          project_id: null,
          question: 'Propriété',
          method: 'majority',
          max_choices: null,
          anonymous: true,
          results_visibility: 'always',
          opens_at: null,
          closes_at: null,
        });
        await insertOptions(t.db, pollId, Array.from({ length: optionCount }, (_, i) => `Option ${i}`));
        const options = await t.db.selectFrom('poll_options').select('id').where('poll_id', '=', pollId).orderBy('position').execute();
        for (const [v, row] of grades.entries()) {
          const { id: ballotId } = await t.db.insertInto('poll_ballots').values({ poll_id: pollId, voter_id: voterIds[v]! }).returning('id').executeTakeFirstOrThrow();
          await t.db
            .insertInto('poll_ballot_choices')
            .values(row.map((grade, o) => ({ ballot_id: ballotId, option_id: options[o]!.id, grade })))
            .execute();
        }
        const perOption = options.map((_, o) => grades.map((row) => row[o]!));
        const tally = await tallyGrades(t.db, pollId);
        expect(tally.map((g) => g.rank)).toEqual(referenceRanks(perOption));
        expect(tally.map((g) => g.majority_grade)).toEqual(perOption.map((g) => majorityValue(g)[0]));
        expect(tally.map((g) => g.grade_counts)).toEqual(perOption.map((g) => [0, 1, 2, 3, 4, 5].map((k) => g.filter((x) => x === k).length)));
      }),
      { numRuns: 60 },
    );
  });
});
