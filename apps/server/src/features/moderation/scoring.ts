import type { Transaction } from 'kysely';
import { Counter } from 'prom-client';
import type { ModerationTargetKind, ScoreReply } from '@egoejo/contracts';
import type { DB } from '../../db/schema';
import type { AppContext } from '../../platform/context';
import { type ClassifierLanguage, FLAG_THRESHOLD, HIDE_THRESHOLD, type ToxicityClassifier, createClassifier } from './classifier';
import { defineMailJob } from './mail';
import { publishFlagged, publishVisibility, queueModeratorMail } from './notify';
import { findItemOfTarget, updateItem, upsertItem } from './store';

export const scoreJobName = 'moderation.score';

/** What is scored: a chat message, a project proposal, a poll question or a join-form message. */
export interface ScoringTarget {
  kind: ModerationTargetKind;
  id: number;
  text: string;
  authorId: number | null;
  /** Chat messages: their thread, so that hiding one reaches the `thread:<id>` topic. */
  threadId?: number | null;
  lang?: ClassifierLanguage;
}

export type ModerationContext = AppContext & { classifier: ToxicityClassifier; flaggedTotal: Counter<'kind'> };

/**
 * Enqueues the background scoring of a text IN THE CALLER'S TRANSACTION: the job exists exactly when the
 * row it scores commits, so no message escapes moderation even if the process dies right after the
 * commit; and the caller's reply (the chat ack, the broadcast) never waits for the classifier.
 */
export async function enqueueScoring(ctx: Pick<AppContext, 'jobs'>, tx: Transaction<DB>, target: ScoringTarget): Promise<void> {
  await ctx.jobs.send(scoreJobName, target, tx);
}

export function judge(classifier: ToxicityClassifier, text: string, lang?: ClassifierLanguage): ScoreReply & { max: number } {
  const result = classifier.score(text, lang);
  return { flagged: result.max >= FLAG_THRESHOLD, hidden: result.max >= HIDE_THRESHOLD, scores: result.scores, spans: result.spans, max: result.max };
}

/** How a wording is judged, for a moderator trying one or an evaluation run against a live server. */
export function scoreText(ctx: ModerationContext, body: { text: string; lang?: ClassifierLanguage | undefined }): ScoreReply {
  const { max: _max, ...reply } = judge(ctx.classifier, body.text, body.lang);
  return reply;
}

const topCategory = (scores: Record<string, number>) => Object.entries(scores).sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';

/**
 * The job: scores the text; at or above the flag threshold the target enters the review queue (moderators
 * notified live and by mail), at or above the hide threshold it is also hidden at once. Idempotent, since
 * pg-boss may run a job twice: a target already waiting in the queue is not announced again, and a text a
 * moderator already approved as it is does not come back.
 */
export async function scoreTarget(ctx: ModerationContext, target: ScoringTarget): Promise<void> {
  const verdict = judge(ctx.classifier, target.text, target.lang);
  const scoreChanges = { scores: verdict.scores, spans: verdict.spans, maxScore: verdict.max };
  if (!verdict.flagged) {
    // Not toxic; an item that exists because of reports still shows moderators the score.
    const existing = await findItemOfTarget(ctx.db, target.kind, target.id);
    if (existing) await updateItem(ctx.db, existing.id, scoreChanges);
    return;
  }
  const outcome = await ctx.db.transaction().execute(async (tx) => {
    const before = await findItemOfTarget(tx, target.kind, target.id);
    const item = await upsertItem(tx, {
      kind: target.kind,
      targetId: target.id,
      authorId: target.authorId,
      threadId: target.threadId ?? null,
      content: target.text,
    });
    const alreadyApproved = before?.status === 'approved' && before.content === target.text;
    const alreadyQueued = before?.status === 'pending' && before.flagged_at !== null;
    const row = await updateItem(tx, item.id, {
      ...scoreChanges,
      flagged: true,
      ...(alreadyApproved ? {} : { status: 'pending' as const }),
      ...(verdict.hidden && !alreadyApproved ? { hidden: true } : {}),
    });
    const announce = !alreadyApproved && !alreadyQueued;
    if (announce) {
      const why = `Signalé automatiquement : ${topCategory(verdict.scores)} (score ${verdict.max.toFixed(2)})${row.hidden_at ? ', masqué en attendant' : ''}.`;
      await queueModeratorMail(ctx, tx, row, why);
    }
    return { row, announce, newlyHidden: row.hidden_at !== null && !before?.hidden_at };
  });
  if (outcome.announce) {
    ctx.flaggedTotal.inc({ kind: target.kind });
    await publishFlagged(ctx, outcome.row);
  }
  if (outcome.newlyHidden) await publishVisibility(ctx, outcome.row, true);
}

/** The classifier and the jobs of moderation, defined before the queue starts (app start-up). */
export function createModeration(ctx: AppContext): ModerationContext {
  const moderation: ModerationContext = {
    ...ctx,
    classifier: createClassifier(ctx.config.MODERATION_CLASSIFIER),
    flaggedTotal: new Counter({
      name: 'moderation_flagged_total',
      help: 'Texts the classifier put in the review queue, by kind',
      labelNames: ['kind'],
      registers: [ctx.metrics.registry],
    }),
  };
  ctx.jobs.define<ScoringTarget>({ name: scoreJobName, retryLimit: 5, retryDelaySeconds: 2, handler: (target) => scoreTarget(moderation, target) });
  defineMailJob(ctx);
  return moderation;
}
