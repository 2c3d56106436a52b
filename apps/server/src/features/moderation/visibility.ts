import { type Kysely, type RawBuilder, type Transaction, sql } from 'kysely';
import type { ModerationTargetKind } from '@egoejo/contracts';
import type { DB } from '../../db/schema';
import { type Principal, hasRole } from '../../platform/auth-guard';

type Db = Kysely<DB> | Transaction<DB>;
type Viewer = Pick<Principal, 'id' | 'role'> | null;

/**
 * How other features keep hidden content out of their lists, in their own query (no second round trip):
 *
 *   db.selectFrom('chat_messages as m')…where(visibleTo('message', 'm.id', 'm.author_id', principal))
 *
 * A target is hidden while its moderation item has `hidden_at` set (three reports, a high classifier
 * score, or a moderator's decision). Its author still sees it (and may appeal), except once a moderator
 * deleted it; moderators and admins see everything.
 */
export function visibleTo(kind: ModerationTargetKind, idColumn: string, authorColumn: string, viewer: Viewer): RawBuilder<boolean> {
  if (viewer && hasRole(viewer, 'moderator')) return sql<boolean>`true`;
  // The author still sees it unless a moderator deleted it; without a viewer (or an author) nobody is exempt.
  const exceptForAuthor = viewer
    ? sql`AND (mi.status = 'deleted' OR ${sql.ref(authorColumn)} IS DISTINCT FROM ${viewer.id}::bigint)`
    : sql``;
  return sql<boolean>`NOT EXISTS (
    SELECT 1 FROM moderation_items mi
    WHERE mi.target_kind = ${kind} AND mi.target_id = ${sql.ref(idColumn)} AND mi.hidden_at IS NOT NULL ${exceptForAuthor})`;
}

/** A selectable flag, so the author's client can show "hidden pending review": `.select(hiddenFlag('message', 'm.id').as('hidden'))`. */
export function hiddenFlag(kind: ModerationTargetKind, idColumn: string): RawBuilder<boolean> {
  return sql<boolean>`EXISTS (
    SELECT 1 FROM moderation_items mi
    WHERE mi.target_kind = ${kind} AND mi.target_id = ${sql.ref(idColumn)} AND mi.hidden_at IS NOT NULL)`;
}

/** Whether one target is hidden right now (for a single read, e.g. a project page or a socket send). */
export async function isHidden(db: Db, kind: ModerationTargetKind, id: number): Promise<boolean> {
  const row = await db
    .selectFrom('moderation_items')
    .select('id')
    .where('target_kind', '=', kind)
    .where('target_id', '=', id)
    .where('hidden_at', 'is not', null)
    .executeTakeFirst();
  return row !== undefined;
}

/** The hidden ones among `ids` (for marking a page of results already fetched). */
export async function hiddenAmong(db: Db, kind: ModerationTargetKind, ids: number[]): Promise<Set<number>> {
  if (!ids.length) return new Set();
  const rows = await db
    .selectFrom('moderation_items')
    .select('target_id')
    .where('target_kind', '=', kind)
    .where('target_id', 'in', ids)
    .where('hidden_at', 'is not', null)
    .execute();
  return new Set(rows.map((r) => r.target_id));
}

/** For a single read: true when the viewer may not see the target (answer 404), by the same rule as `visibleTo`. */
export async function hiddenFrom(db: Db, kind: ModerationTargetKind, id: number, authorId: number | null, viewer: Viewer): Promise<boolean> {
  if (viewer && hasRole(viewer, 'moderator')) return false;
  const item = await db
    .selectFrom('moderation_items')
    .select('status')
    .where('target_kind', '=', kind)
    .where('target_id', '=', id)
    .where('hidden_at', 'is not', null)
    .executeTakeFirst();
  if (!item) return false;
  return item.status === 'deleted' || viewer === null || authorId !== viewer.id;
}
