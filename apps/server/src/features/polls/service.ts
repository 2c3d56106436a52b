import {
  type CreatePollBody,
  type Poll,
  PollErrorCode,
  type PollListQuery,
  type PollSummary,
  type UpdatePollBody,
} from '@egoejo/contracts';
import { type Principal, hasRole } from '../../platform/auth-guard';
import type { AppContext } from '../../platform/context';
import { decodeIdCursor, encodeIdCursor } from '../../platform/cursor';
import { AppError, conflict, forbidden, notFound, unprocessable } from '../../platform/errors';
import { recordAudit } from '../audit/service';
import { enqueueScoring } from '../moderation/scoring';
import { hiddenFrom } from '../moderation/visibility';
import { readableThread } from '../chat/access';
import { projectIdForLink } from '../projects/service';
import { checkPollSettings } from './settings';
import * as store from './store';
import { type Viewer, canManage, canSee, toPoll, toSummary } from './views';

/** Lets the live layer know a poll changed (it publishes, throttled). */
export interface PollChangeListener {
  changed(pollId: number): void;
}

export type PollsContext = AppContext & { pollChanges: PollChangeListener };

export function assertNotSuspended(principal: Principal): void {
  if (principal.suspendedUntil && principal.suspendedUntil.getTime() > Date.now()) {
    throw new AppError(403, PollErrorCode.suspended, 'Your account is suspended.', { until: principal.suspendedUntil.toISOString() });
  }
}

/** A poll in a thread is for those who may read the thread (chat's rule: private threads for their members). */
async function threadReadable(ctx: AppContext, viewer: Viewer, threadId: number | null): Promise<boolean> {
  if (threadId === null) return true;
  if (!viewer) return false;
  try {
    await readableThread(ctx, viewer, threadId);
    return true;
  } catch (error) {
    if (error instanceof AppError && error.status === 404) return false;
    throw error;
  }
}

/** The poll when the viewer may see it; a draft of someone else is as absent as a missing poll. */
export async function visiblePoll(ctx: AppContext, id: number, viewer: Viewer): Promise<store.PollRow> {
  const poll = await store.findPoll(ctx.db, id);
  if (!poll || !canSee(viewer, poll) || !(await threadReadable(ctx, viewer, poll.thread_id)) || (await hiddenFrom(ctx.db, 'poll', poll.id, poll.creator_id, viewer))) throw notFound('Poll');
  return poll;
}

/** A poll the caller may manage; someone else's poll, even a draft, answers 403 (404 in a thread they cannot read). */
async function managedPoll(ctx: AppContext, principal: Principal, id: number): Promise<store.PollRow> {
  const poll = await store.findPoll(ctx.db, id);
  if (!poll || !(await threadReadable(ctx, principal, poll.thread_id))) throw notFound('Poll');
  if (!canManage(principal, poll)) throw forbidden('Only the creator of the poll or a moderator may do this.');
  return poll;
}

const toDate = (iso: string | null | undefined) => (iso ? new Date(iso) : null);

export async function createPoll(ctx: AppContext, principal: Principal, body: CreatePollBody): Promise<Poll> {
  assertNotSuspended(principal);
  const settings = checkPollSettings({
    method: body.method,
    optionCount: body.options.length,
    maxChoices: body.maxChoices ?? null,
    opensAt: toDate(body.opensAt),
    closesAt: toDate(body.closesAt),
  });
  if (body.threadId !== undefined) await readableThread(ctx, principal, body.threadId);
  const projectId = body.projectSlug === undefined ? null : await projectIdForLink(ctx, body.projectSlug);
  const id = await ctx.db.transaction().execute(async (tx) => {
    const { id: pollId } = await store.insertPoll(tx, {
      creator_id: principal.id,
      thread_id: body.threadId ?? null,
      project_id: projectId,
      question: body.question,
      method: body.method,
      max_choices: settings.maxChoices,
      anonymous: body.anonymous,
      results_visibility: body.resultsVisibility,
      opens_at: settings.opensAt,
      closes_at: settings.closesAt,
    });
    await store.insertOptions(tx, pollId, body.options.map((o) => o.label));
    // Moderation scores the question in the background, committed with the poll.
    await enqueueScoring(ctx, tx, { kind: 'poll', id: pollId, text: body.question, authorId: principal.id });
    return pollId;
  });
  return getPoll(ctx, id, principal);
}

export async function getPoll(ctx: AppContext, id: number, viewer: Viewer): Promise<Poll> {
  return toPoll(ctx.db, await visiblePoll(ctx, id, viewer), viewer);
}

export async function listPolls(ctx: AppContext, viewer: Viewer, query: PollListQuery): Promise<{ items: PollSummary[]; nextCursor: string | null }> {
  if (query.threadId !== undefined && !(await threadReadable(ctx, viewer, query.threadId))) throw notFound('Thread');
  const projectId = query.projectSlug === undefined ? undefined : await projectIdForLink(ctx, query.projectSlug);
  const draftsOf = viewer === null ? 'none' : hasRole(viewer, 'moderator') ? null : viewer.id;
  const rows = await store.findPollsPage(
    ctx.db,
    // Without a thread filter, thread polls are left out: each thread's readers list them per thread.
    { threadId: query.threadId ?? null, projectId, status: query.status, draftsOf, viewer },
    { beforeId: query.cursor ? decodeIdCursor(query.cursor) : undefined, limit: query.limit },
  );
  const page = rows.slice(0, query.limit);
  const last = page[page.length - 1];
  return { items: page.map(toSummary), nextCursor: rows.length > query.limit && last ? encodeIdCursor(last.id) : null };
}

export async function updatePoll(ctx: AppContext, principal: Principal, id: number, body: UpdatePollBody): Promise<Poll> {
  const poll = await managedPoll(ctx, principal, id);
  if (poll.status !== 'draft') throw conflict(PollErrorCode.pollNotDraft, 'Only a draft can be edited.');
  const method = body.method ?? poll.method;
  // Switching to another method drops a maxChoices that only made sense for `multiple`.
  const keptMaxChoices = method === poll.method ? poll.max_choices : null;
  const optionCount = body.options?.length ?? (await store.findOptions(ctx.db, id)).length;
  const settings = checkPollSettings({
    method,
    optionCount,
    maxChoices: body.maxChoices === undefined ? keptMaxChoices : body.maxChoices,
    opensAt: body.opensAt === undefined ? poll.opens_at : toDate(body.opensAt),
    closesAt: body.closesAt === undefined ? poll.closes_at : toDate(body.closesAt),
  });
  await ctx.db.transaction().execute(async (tx) => {
    await store.updatePoll(tx, id, {
      ...(body.question === undefined ? {} : { question: body.question }),
      ...(body.anonymous === undefined ? {} : { anonymous: body.anonymous }),
      ...(body.resultsVisibility === undefined ? {} : { results_visibility: body.resultsVisibility }),
      method,
      max_choices: settings.maxChoices,
      opens_at: settings.opensAt,
      closes_at: settings.closesAt,
    });
    if (body.options) {
      // A draft has no ballots, so its options can simply be replaced.
      await store.deleteOptions(tx, id);
      await store.insertOptions(tx, id, body.options.map((o) => o.label));
    }
  });
  return getPoll(ctx, id, principal);
}

async function auditModeration(ctx: AppContext, principal: Principal, action: string, poll: store.PollRow, ip: string) {
  if (!hasRole(principal, 'moderator')) return;
  await recordAudit(ctx.db, {
    actorId: principal.id,
    action,
    targetKind: 'poll',
    targetId: poll.id,
    ip,
    metadata: { creatorId: poll.creator_id, question: poll.question },
  });
}

export async function openPoll(ctx: PollsContext, principal: Principal, id: number, ip: string): Promise<Poll> {
  const poll = await managedPoll(ctx, principal, id);
  if (poll.status !== 'draft') throw conflict(PollErrorCode.pollNotDraft, 'This poll was opened already.');
  if (poll.closes_at && poll.closes_at.getTime() <= Date.now()) {
    throw unprocessable(PollErrorCode.invalidSchedule, 'The closing date has passed; edit it before opening.', [
      { field: 'closesAt', message: 'in the past' },
    ]);
  }
  if (!(await store.markPollOpen(ctx.db, id))) throw conflict(PollErrorCode.pollNotDraft, 'This poll was opened already.');
  await auditModeration(ctx, principal, 'poll.opened', poll, ip);
  ctx.pollChanges.changed(id);
  return getPoll(ctx, id, principal);
}

export async function closePoll(ctx: PollsContext, principal: Principal, id: number, ip: string): Promise<Poll> {
  const poll = await managedPoll(ctx, principal, id);
  if (poll.effective_status === 'closed') throw conflict(PollErrorCode.pollAlreadyClosed, 'This poll is closed already.');
  if (poll.status === 'draft' || !(await store.markPollClosed(ctx.db, id))) {
    throw conflict(PollErrorCode.pollNotOpen, 'Only an open poll can be closed.');
  }
  await auditModeration(ctx, principal, 'poll.closed', poll, ip);
  ctx.pollChanges.changed(id);
  return getPoll(ctx, id, principal);
}

export async function deletePoll(ctx: AppContext, principal: Principal, id: number, ip: string): Promise<void> {
  const poll = await managedPoll(ctx, principal, id);
  if (!(await store.deletePoll(ctx.db, id))) throw notFound('Poll');
  await auditModeration(ctx, principal, 'poll.deleted', poll, ip);
}
