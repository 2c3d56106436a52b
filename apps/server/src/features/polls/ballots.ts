import { type BallotBody, type Poll, PollErrorCode, type PollMethod } from '@egoejo/contracts';
import type { Principal } from '../../platform/auth-guard';
import { badRequest, conflict, notFound } from '../../platform/errors';
import { type PollsContext, assertNotSuspended, getPoll, visiblePoll } from './service';
import * as store from './store';

interface Choice {
  optionId: number;
  grade: number | null;
}

/** Turns a ballot body into rows, or names what is wrong with it (every case is a 400). */
export function ballotChoices(method: PollMethod, maxChoices: number | null, optionIds: number[], body: BallotBody): Choice[] {
  const known = new Set(optionIds);
  const unknownIn = (ids: number[], field: string) => {
    const unknown = ids.filter((id) => !known.has(id));
    if (unknown.length) {
      throw badRequest(PollErrorCode.unknownOption, 'Some options are not options of this poll.', [
        { field, message: `unknown option ids: ${unknown.join(', ')}` },
      ]);
    }
  };
  if (method === 'majority') {
    if (!body.grades) {
      throw badRequest(PollErrorCode.wrongBallotKind, 'This poll is graded: send grades.', [{ field: 'grades', message: 'required' }]);
    }
    const graded = Object.keys(body.grades).map(Number);
    unknownIn(graded, 'grades');
    const missing = optionIds.filter((id) => body.grades?.[String(id)] === undefined);
    if (missing.length) {
      throw badRequest(PollErrorCode.missingGrades, 'Grade every option of the poll.', [
        { field: 'grades', message: `missing grades for options: ${missing.join(', ')}` },
      ]);
    }
    return Object.entries(body.grades).map(([id, grade]) => ({ optionId: Number(id), grade }));
  }
  if (!body.optionIds) {
    throw badRequest(PollErrorCode.wrongBallotKind, 'This poll takes choices: send optionIds.', [{ field: 'optionIds', message: 'required' }]);
  }
  unknownIn(body.optionIds, 'optionIds');
  const allowed = method === 'single' ? 1 : (maxChoices ?? optionIds.length);
  if (body.optionIds.length > allowed) {
    throw badRequest(PollErrorCode.tooManyChoices, `Choose at most ${allowed} option(s).`, [
      { field: 'optionIds', message: `at most ${allowed}` },
    ]);
  }
  return body.optionIds.map((optionId) => ({ optionId, grade: null }));
}

/**
 * Creates or replaces the member's ballot. The poll row is share-locked for the transaction, so a close
 * that commits first refuses this ballot, and one that comes later waits for it: no ballot lands after a close.
 */
export async function castBallot(ctx: PollsContext, principal: Principal, pollId: number, body: BallotBody): Promise<Poll> {
  assertNotSuspended(principal);
  await visiblePoll(ctx, pollId, principal);
  await ctx.db.transaction().execute(async (tx) => {
    const poll = await store.findPollForBallot(tx, pollId);
    if (!poll) throw notFound('Poll');
    if (poll.effective_status !== 'open') {
      throw conflict(PollErrorCode.pollNotOpen, `This poll is ${poll.effective_status}: it takes no ballot now.`);
    }
    const options = await store.findOptions(tx, pollId);
    const choices = ballotChoices(
      poll.method,
      poll.max_choices,
      options.map((o) => o.id),
      body,
    );
    const { id: ballotId } = await store.upsertBallot(tx, pollId, principal.id);
    await store.deleteBallotChoices(tx, ballotId);
    await store.insertBallotChoices(tx, ballotId, choices);
  });
  ctx.pollChanges.changed(pollId);
  return getPoll(ctx, pollId, principal);
}
