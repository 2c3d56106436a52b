import type { BallotChoices, Poll, PollResults, PollSummary } from '@egoejo/contracts';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { type Principal, hasRole } from '../../platform/auth-guard';
import { type PollRow, findBallots, findOptions } from './store';
import { tallyChoices, tallyGrades } from './tally';

/** Who is looking: a member, or a visitor (null). */
export type Viewer = Principal | null;

export const canManage = (viewer: Viewer, poll: Pick<PollRow, 'creator_id'>): boolean =>
  viewer !== null && (viewer.id === poll.creator_id || hasRole(viewer, 'moderator'));

/** Drafts are seen by those who may edit them; any other poll by everyone. */
export const canSee = (viewer: Viewer, poll: Pick<PollRow, 'creator_id' | 'status'>): boolean =>
  poll.status !== 'draft' || canManage(viewer, poll);

/** See `ResultsVisibility` in the contracts; `hasVoted` is only read when it matters. */
export async function canSeeResults(viewer: Viewer, poll: PollRow, hasVoted: () => Promise<boolean>): Promise<boolean> {
  if (canManage(viewer, poll) || poll.effective_status === 'closed') return true;
  if (poll.results_visibility === 'always') return true;
  if (poll.results_visibility === 'after_vote' && viewer) return hasVoted();
  return false;
}

export function toSummary(row: PollRow): PollSummary {
  return {
    id: row.id,
    question: row.question,
    method: row.method,
    maxChoices: row.max_choices,
    anonymous: row.anonymous,
    resultsVisibility: row.results_visibility,
    status: row.effective_status,
    opensAt: row.opens_at?.toISOString() ?? null,
    closesAt: row.closes_at?.toISOString() ?? null,
    threadId: row.thread_id,
    projectId: row.project_id,
    creator: row.creator_id === null ? null : { id: row.creator_id, displayName: row.creator_name ?? '' },
    ballotCount: Number(row.ballot_count ?? 0),
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

type BallotRow = Awaited<ReturnType<typeof findBallots>>[number];
const toChoices = (b: BallotRow): BallotChoices => ({ optionIds: b.option_ids, grades: b.grades });

/** The tally as anyone allowed to see it sees it: who voted what only on a named poll. */
export async function loadResults(db: Kysely<DB>, poll: PollRow): Promise<PollResults> {
  const majority = poll.method === 'majority';
  const [choices, grades, ballots] = await Promise.all([
    majority ? null : tallyChoices(db, poll.id),
    majority ? tallyGrades(db, poll.id) : null,
    poll.anonymous ? null : findBallots(db, poll.id),
  ]);
  return {
    ballotCount: Number(poll.ballot_count ?? 0),
    choices: choices?.map((c) => ({ optionId: c.option_id, votes: c.votes, share: c.share, rank: c.rank })) ?? null,
    grades:
      grades?.map((g) => ({
        optionId: g.option_id,
        majorityGrade: g.majority_grade,
        gradeCounts: g.grade_counts,
        shareAbove: g.share_above,
        shareBelow: g.share_below,
        rank: g.rank,
      })) ?? null,
    voters: ballots?.map((b) => ({ voter: { id: b.voter_id, displayName: b.display_name }, ...toChoices(b) })) ?? null,
  };
}

/** The whole poll for one viewer: options, their own ballot, and the results when they may see them. */
export async function toPoll(db: Kysely<DB>, poll: PollRow, viewer: Viewer): Promise<Poll> {
  const [options, mine] = await Promise.all([findOptions(db, poll.id), viewer ? findBallots(db, poll.id, viewer.id) : []]);
  const myBallot = mine[0] ? toChoices(mine[0]) : null;
  const visible = await canSeeResults(viewer, poll, async () => myBallot !== null);
  return {
    ...toSummary(poll),
    options,
    results: visible ? await loadResults(db, poll) : null,
    myBallot,
  };
}

/** The published state of a poll carries results for everyone; the socket strips them per subscriber. */
export async function toBroadcastPoll(db: Kysely<DB>, poll: PollRow): Promise<Poll> {
  return { ...toSummary(poll), options: await findOptions(db, poll.id), results: await loadResults(db, poll), myBallot: null };
}
