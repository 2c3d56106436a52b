import { ApiPath, type BallotBody, type CreatePollBody, Poll, PollPage, pathWith } from '@egoejo/contracts';
import { apiRequest } from '../../lib/api/client';

export function fetchPolls(cursor: string | undefined, projectSlug?: string) {
  return apiRequest(ApiPath.polls, { query: { cursor, limit: 20, projectSlug }, reply: PollPage });
}

export function fetchPoll(id: number) {
  return apiRequest(pathWith(ApiPath.poll, { id }), { reply: Poll });
}

export function castBallot(id: number, body: BallotBody) {
  return apiRequest(pathWith(ApiPath.pollBallots, { id }), { method: 'POST', body, reply: Poll });
}

/** Creates a poll and opens it at once (a draft nobody can vote on is not what a member wants here). */
export async function createOpenPoll(body: CreatePollBody) {
  const draft = await apiRequest(ApiPath.polls, { method: 'POST', body, reply: Poll });
  return apiRequest(pathWith(ApiPath.pollOpen, { id: draft.id }), { method: 'POST', reply: Poll });
}
