import { ModerationErrorCode, type ReportBody } from '@egoejo/contracts';
import type { Principal } from '../../platform/auth-guard';
import { conflict, notFound, unprocessable } from '../../platform/errors';
import { publishFlagged, publishVisibility, queueModeratorMail } from './notify';
import { type ModerationContext, judge } from './scoring';
import { countReportersSinceDecision, findItemOfTarget, insertReport, updateItem, upsertItem } from './store';
import { findTarget } from './targets-store';

/** Distinct reporters (since the last decision) that hide a target until a moderator decides. */
export const reportsToHide = 3;

const targetLabel = { message: 'Message', project: 'Project', poll: 'Poll', user: 'User' } as const;

/**
 * A member reports something: it enters the review queue (or goes back to it after an earlier decision),
 * and the third distinct report since the last decision hides it for everyone but its author.
 */
export async function reportTarget(ctx: ModerationContext, principal: Principal, body: ReportBody): Promise<{ id: number; itemId: number }> {
  const target = await findTarget(ctx.db, body.targetKind, body.targetId);
  if (!target) throw notFound(targetLabel[body.targetKind]);
  if (target.authorId === principal.id) throw unprocessable('own_content', 'You cannot report your own content.');
  const outcome = await ctx.db.transaction().execute(async (tx) => {
    const before = await findItemOfTarget(tx, target.kind, target.targetId);
    const item = await upsertItem(tx, target);
    const report = await insertReport(tx, { itemId: item.id, reporterId: principal.id, reason: body.reason, note: body.note || null });
    if (!report) throw conflict(ModerationErrorCode.alreadyReported, 'You have already reported this.');
    const reporters = await countReportersSinceDecision(tx, item.id);
    const hide = reporters >= reportsToHide && item.hidden_at === null;
    // Moderators see why the classifier would judge it, even when nothing enqueued a scoring (a user's profile).
    const verdict = item.scores === null && item.content ? judge(ctx.classifier, item.content) : null;
    const scores = verdict ? { scores: verdict.scores, spans: verdict.spans, maxScore: verdict.max } : {};
    const row = await updateItem(tx, item.id, { status: 'pending', ...scores, ...(hide ? { hidden: true } : {}) });
    if (hide) await queueModeratorMail(ctx, tx, row, `Masqué après ${reporters} signalements de membres.`);
    return { reportId: report.id, row, newlyHidden: hide && !before?.hidden_at };
  });
  // Every report refreshes the item on the moderators' screens (new report, maybe now hidden).
  await publishFlagged(ctx, outcome.row);
  if (outcome.newlyHidden) await publishVisibility(ctx, outcome.row, true);
  return { id: outcome.reportId, itemId: outcome.row.id };
}
