import type { Intent, IntentBody, IntentFilters } from '@egoejo/contracts';
import type { Principal } from '../../platform/auth-guard';
import type { AppContext } from '../../platform/context';
import { decodeIdCursor, encodeIdCursor } from '../../platform/cursor';
import { notFound } from '../../platform/errors';
import { recordAudit } from '../audit/service';
import { enqueueScoring } from '../moderation/scoring';
import { toCsv } from './csv';
import { deleteIntent, findIntentsForExport, findIntentsPage, upsertIntentOfDay } from './store';

type IntentRow = Awaited<ReturnType<typeof findIntentsPage>>[number];

const toIntent = (r: IntentRow): Intent => ({
  id: r.id,
  name: r.name,
  email: r.email,
  profile: r.profile,
  message: r.message,
  createdAt: r.created_at.toISOString(),
  updatedAt: r.updated_at.toISOString(),
});

export const csvExportMaxRows = 50_000;

/** Stores a join request, or drops it silently when it looks automated (the reply is the same). */
export async function submitIntent(ctx: AppContext, body: IntentBody, meta: { ip: string; userAgent: string | null }): Promise<void> {
  if (ctx.formStamps.spamReason(body)) {
    ctx.metrics.spamDropped.inc({ form: 'join' });
    return;
  }
  // The join message is scored in the background (moderation), enqueued with the row it scores.
  await ctx.db.transaction().execute(async (tx) => {
    const { id } = await upsertIntentOfDay(tx, {
      name: body.name,
      email: body.email,
      profile: body.profile,
      message: body.message ? body.message : null,
      ip: meta.ip,
      userAgent: meta.userAgent,
    });
    if (body.message) await enqueueScoring(ctx, tx, { kind: 'intent', id, text: body.message, authorId: null });
  });
}

export async function listIntents(ctx: AppContext, query: IntentFilters & { cursor?: string | undefined; limit: number }) {
  const rows = await findIntentsPage(ctx.db, query, {
    beforeId: query.cursor ? decodeIdCursor(query.cursor) : undefined,
    limit: query.limit,
  });
  const page = rows.slice(0, query.limit);
  const last = page[page.length - 1];
  return { items: page.map(toIntent), nextCursor: rows.length > query.limit && last ? encodeIdCursor(last.id) : null };
}

export async function exportIntentsCsv(ctx: AppContext, principal: Principal, filters: IntentFilters, ip: string): Promise<string> {
  const rows = await findIntentsForExport(ctx.db, filters, csvExportMaxRows);
  await recordAudit(ctx.db, { actorId: principal.id, action: 'admin.intents_exported', ip, metadata: { rows: rows.length, filters } });
  return toCsv(
    ['id', 'name', 'email', 'profile', 'message', 'created_at', 'updated_at'],
    rows.map((r) => [r.id, r.name, r.email, r.profile, r.message, r.created_at.toISOString(), r.updated_at.toISOString()]),
  );
}

export async function removeIntent(ctx: AppContext, principal: Principal, id: number, ip: string): Promise<void> {
  const deleted = await deleteIntent(ctx.db, id);
  if (!deleted) throw notFound('Join request');
  await recordAudit(ctx.db, { actorId: principal.id, action: 'admin.intent_deleted', targetKind: 'intent', targetId: id, ip });
}
