import { type Kysely, type Transaction, sql } from 'kysely';
import type { ModerationAction, ModerationSpan, ModerationStatus, ModerationTargetKind, ReportReason } from '@egoejo/contracts';
import type { DB } from '../../db/schema';

type Db = Kysely<DB> | Transaction<DB>;

export interface ItemTarget {
  kind: ModerationTargetKind;
  targetId: number;
  authorId: number | null;
  threadId: number | null;
  content: string | null;
}

/**
 * The item of a target, created on first use. The upsert also locks the row until commit, so that
 * concurrent reports and scorings of one target are counted one after the other.
 */
export const upsertItem = (tx: Transaction<DB>, target: ItemTarget) =>
  tx
    .insertInto('moderation_items')
    .values({
      target_kind: target.kind,
      target_id: target.targetId,
      author_id: target.authorId,
      thread_id: target.threadId,
      content: target.content,
    })
    .onConflict((oc) =>
      oc.columns(['target_kind', 'target_id']).doUpdateSet({
        content: sql<string | null>`coalesce(excluded.content, moderation_items.content)`,
        updated_at: sql<Date>`now()`,
      }),
    )
    .returningAll()
    .executeTakeFirstOrThrow();

export type ItemRow = Awaited<ReturnType<typeof upsertItem>>;

export const findItem = (db: Db, id: number) => db.selectFrom('moderation_items').selectAll().where('id', '=', id).executeTakeFirst();

export const findItemOfTarget = (db: Db, kind: ModerationTargetKind, targetId: number) =>
  db.selectFrom('moderation_items').selectAll().where('target_kind', '=', kind).where('target_id', '=', targetId).executeTakeFirst();

/** Null when this reporter already reported the item. */
export const insertReport = (tx: Transaction<DB>, report: { itemId: number; reporterId: number; reason: ReportReason; note: string | null }) =>
  tx
    .insertInto('moderation_reports')
    .values({ item_id: report.itemId, reporter_id: report.reporterId, reason: report.reason, note: report.note })
    .onConflict((oc) => oc.columns(['item_id', 'reporter_id']).doNothing())
    .returning('id')
    .executeTakeFirst();

/** Reporters of an item since its last decision (compared in SQL: decision dates have µs precision). */
export const countReportersSinceDecision = async (db: Db, itemId: number) =>
  Number(
    (
      await db
        .selectFrom('moderation_reports as r')
        .innerJoin('moderation_items as i', 'i.id', 'r.item_id')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('r.item_id', '=', itemId)
        .where((eb) => eb.or([eb('i.decided_at', 'is', null), eb('r.created_at', '>', eb.ref('i.decided_at'))]))
        .executeTakeFirstOrThrow()
    ).n,
  );

export const findReportsOfItems = (db: Db, itemIds: number[]) =>
  itemIds.length
    ? db.selectFrom('moderation_reports').selectAll().where('item_id', 'in', itemIds).orderBy('id').execute()
    : Promise.resolve([]);

export interface ItemChanges {
  status?: ModerationStatus;
  hidden?: boolean;
  scores?: Record<string, number>;
  spans?: ModerationSpan[];
  maxScore?: number;
  flagged?: boolean;
}

/** Applies the changes; `hidden: true` keeps an existing hiding date, `flagged` keeps the first flag date. */
export const updateItem = (db: Db, id: number, changes: ItemChanges) =>
  db
    .updateTable('moderation_items')
    .set({
      updated_at: sql<Date>`now()`,
      ...(changes.status === undefined ? {} : { status: changes.status }),
      ...(changes.hidden === undefined ? {} : { hidden_at: changes.hidden ? sql<Date>`coalesce(hidden_at, now())` : null }),
      ...(changes.scores === undefined ? {} : { scores: JSON.stringify(changes.scores) }),
      ...(changes.spans === undefined ? {} : { spans: JSON.stringify(changes.spans) }),
      ...(changes.maxScore === undefined ? {} : { max_score: changes.maxScore }),
      ...(changes.flagged ? { flagged_at: sql<Date>`coalesce(flagged_at, now())` } : {}),
    })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();

export const recordDecision = (
  tx: Transaction<DB>,
  id: number,
  decision: { status: ModerationStatus; hidden: boolean; action: ModerationAction; note: string | null; decidedBy: number },
) =>
  tx
    .updateTable('moderation_items')
    .set({
      status: decision.status,
      hidden_at: decision.hidden ? sql<Date>`coalesce(hidden_at, now())` : null,
      decision: decision.action,
      decision_note: decision.note,
      decided_by: decision.decidedBy,
      decided_at: sql<Date>`now()`,
      updated_at: sql<Date>`now()`,
    })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();

/** Null when an appeal was already made (one per item). */
export const recordAppeal = (db: Db, id: number, note: string | null) =>
  db
    .updateTable('moderation_items')
    .set({ appealed_at: sql<Date>`now()`, appeal_note: note, status: 'pending', updated_at: sql<Date>`now()` })
    .where('id', '=', id)
    .where('appealed_at', 'is', null)
    .returningAll()
    .executeTakeFirst();

/** Pending items, oldest first (ids follow creation order, so the id is the keyset). */
export function findPendingPage(db: Db, page: { afterId?: number | undefined; limit: number }) {
  let q = db.selectFrom('moderation_items').selectAll().where('status', '=', 'pending').orderBy('id', 'asc').limit(page.limit + 1);
  if (page.afterId !== undefined) q = q.where('id', '>', page.afterId);
  return q.execute();
}

/** The items about the author's content that are hidden or were decided against it. */
export const findItemsOfAuthor = (db: Db, authorId: number) =>
  db
    .selectFrom('moderation_items')
    .selectAll()
    .where('author_id', '=', authorId)
    .where((eb) => eb.or([eb('hidden_at', 'is not', null), eb('status', 'in', ['hidden', 'deleted'])]))
    .orderBy('id', 'desc')
    .limit(200)
    .execute();

export const findDisplayNames = (db: Db, userIds: number[]) =>
  userIds.length ? db.selectFrom('users').select(['id', 'display_name']).where('id', 'in', userIds).execute() : Promise.resolve([]);

export const findUserRole = (db: Db, userId: number) => db.selectFrom('users').select(['id', 'role', 'email']).where('id', '=', userId).executeTakeFirst();

export const findSuspensionReason = async (db: Db, userId: number) =>
  (await db.selectFrom('users').select('suspension_reason').where('id', '=', userId).executeTakeFirst())?.suspension_reason ?? null;

export const suspendUser = (tx: Transaction<DB>, userId: number, until: Date, reason: string) =>
  tx.updateTable('users').set({ suspended_until: until, suspension_reason: reason, updated_at: new Date() }).where('id', '=', userId).execute();

/** Where moderators get mail: every moderator and admin with an address (erased accounts have none). */
export const findModeratorEmails = async (db: Db) =>
  (
    await db
      .selectFrom('users')
      .select('email')
      .where('role', 'in', ['moderator', 'admin'])
      .where('email', 'is not', null)
      .where('erased_at', 'is', null)
      .orderBy('id')
      .execute()
  ).flatMap((r) => (r.email ? [r.email] : []));

export const findReportsBy = (db: Db, reporterId: number) =>
  db
    .selectFrom('moderation_reports as r')
    .innerJoin('moderation_items as i', 'i.id', 'r.item_id')
    .select(['i.target_kind', 'i.target_id', 'r.reason', 'r.note', 'r.created_at'])
    .where('r.reporter_id', '=', reporterId)
    .orderBy('r.id')
    .execute();

export const findItemsAboutAuthor = (db: Db, authorId: number) =>
  db
    .selectFrom('moderation_items')
    .select(['target_kind', 'target_id', 'content', 'status', 'hidden_at', 'decision', 'decided_at', 'appealed_at', 'appeal_note', 'created_at'])
    .where('author_id', '=', authorId)
    .orderBy('id')
    .execute();

export const anonymiseReportsOf = (db: Db, reporterId: number) =>
  db.updateTable('moderation_reports').set({ reporter_id: null, note: null }).where('reporter_id', '=', reporterId).execute();

export const eraseContentOfAuthor = (db: Db, authorId: number) =>
  db.updateTable('moderation_items').set({ content: null, appeal_note: null, updated_at: new Date() }).where('author_id', '=', authorId).execute();
