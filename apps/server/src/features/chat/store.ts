import { type Kysely, type Transaction, sql } from 'kysely';
import type { ThreadKind, ThreadRole } from '@egoejo/contracts';
import type { DB } from '../../db/schema';
import { hiddenFlag } from '../moderation/visibility';

type Db = Kysely<DB> | Transaction<DB>;

export interface MessageRow {
  id: number;
  thread_id: number;
  seq: number;
  author_id: number;
  author_name: string;
  client_id: string;
  text: string | null;
  media_id: number | null;
  reply_to_id: number | null;
  created_at: Date;
  edited_at: Date | null;
  deleted_at: Date | null;
  /** Hidden by moderation (absent on a row just inserted, which cannot be hidden yet). */
  hidden?: boolean;
}

function messagesWithAuthor(db: Db) {
  return db
    .selectFrom('chat_messages as m')
    .innerJoin('users as u', 'u.id', 'm.author_id')
    .select([
      'm.id', 'm.thread_id', 'm.seq', 'm.author_id', 'u.display_name as author_name', 'm.client_id', 'm.text',
      'm.media_id', 'm.reply_to_id', 'm.created_at', 'm.edited_at', 'm.deleted_at', hiddenFlag('message', 'm.id').as('hidden'),
    ]);
}

export const insertThread = (db: Db, t: { kind: ThreadKind; title: string; projectSlug: string | null; createdBy: number }) =>
  db
    .insertInto('chat_threads')
    .values({ kind: t.kind, title: t.title, project_slug: t.projectSlug, created_by: t.createdBy })
    .returningAll()
    .executeTakeFirstOrThrow();

export async function addMembers(db: Db, threadId: number, userIds: number[], role: ThreadRole): Promise<void> {
  if (!userIds.length) return;
  await db
    .insertInto('chat_memberships')
    .values(userIds.map((userId) => ({ thread_id: threadId, user_id: userId, role })))
    .onConflict((oc) => oc.columns(['thread_id', 'user_id']).doNothing())
    .execute();
}

/** The thread and the caller's membership in it (null role when not a member), in one query. */
export const findThreadAccess = (db: Db, threadId: number, userId: number) =>
  db
    .selectFrom('chat_threads as t')
    .leftJoin('chat_memberships as cm', (j) => j.onRef('cm.thread_id', '=', 't.id').on('cm.user_id', '=', userId))
    .select(['t.id', 't.kind', 't.title', 't.project_slug', 't.created_at', 'cm.role'])
    .where('t.id', '=', threadId)
    .executeTakeFirst();

/** Open threads (general, project) and the private ones the user belongs to, with unread counts. */
export function findThreadsOfUser(db: Db, userId: number, threadId?: number) {
  let q = db
    .selectFrom('chat_threads as t')
    .leftJoin('chat_memberships as cm', (j) => j.onRef('cm.thread_id', '=', 't.id').on('cm.user_id', '=', userId))
    .select((eb) => [
      't.id', 't.kind', 't.title', 't.project_slug', 't.created_at', 'cm.role',
      eb.selectFrom('chat_messages as m').whereRef('m.thread_id', '=', 't.id').select((e) => e.fn.max('m.id').as('x')).as('last_message_id'),
      eb
        .selectFrom('chat_messages as m')
        .whereRef('m.thread_id', '=', 't.id')
        .where('m.id', '>', sql<number>`coalesce(cm.last_read_id, 0)`)
        .where('m.author_id', '<>', userId)
        .where('m.deleted_at', 'is', null)
        .select((e) => e.fn.countAll<number>().as('n'))
        .as('unread_count'),
    ])
    .where((eb) => eb.or([eb('t.kind', '<>', 'private'), eb('cm.user_id', 'is not', null)]));
  if (threadId !== undefined) q = q.where('t.id', '=', threadId);
  return q.orderBy('last_message_id', (ob) => ob.desc().nullsLast()).orderBy('t.id', 'desc').limit(500).execute();
}

export const updateThreadTitle = (db: Db, threadId: number, title: string) =>
  db.updateTable('chat_threads').set({ title, updated_at: new Date() }).where('id', '=', threadId).execute();

export const deleteMembership = (db: Db, threadId: number, userId: number) =>
  db.deleteFrom('chat_memberships').where('thread_id', '=', threadId).where('user_id', '=', userId).execute();

export const findMembers = (db: Db, threadId: number) =>
  db
    .selectFrom('chat_memberships as cm')
    .innerJoin('users as u', 'u.id', 'cm.user_id')
    .select(['u.id', 'u.display_name', 'cm.role'])
    .where('cm.thread_id', '=', threadId)
    .orderBy('u.id')
    .execute();

export interface NewMessage {
  threadId: number;
  authorId: number;
  clientId: string;
  text: string;
  mediaId: number | null;
  replyToId: number | null;
}

/**
 * Inserts a message in one statement, or nothing (undefined) when the author may not post there: not a
 * member of a private thread, suspended, or no such thread. Taking the thread's next seq locks the thread
 * row until commit, so a thread's messages commit in id order with seqs 1, 2, 3… A reused (author,
 * clientId) raises unique_violation, which rolls the seq back with the statement: no gap. One round
 * trip per send is what keeps PgBouncer's few connections enough under load.
 */
export async function insertMessageIfAllowed(db: Db, m: NewMessage): Promise<MessageRow | undefined> {
  const result = await sql<MessageRow>`
    WITH t AS (
      UPDATE chat_threads SET last_seq = last_seq + 1
      WHERE id = ${m.threadId}
        AND (kind <> 'private' OR EXISTS (SELECT 1 FROM chat_memberships WHERE thread_id = ${m.threadId} AND user_id = ${m.authorId}))
        AND NOT EXISTS (SELECT 1 FROM users WHERE id = ${m.authorId} AND suspended_until > now())
      RETURNING id, last_seq
    ), ins AS (
      INSERT INTO chat_messages (thread_id, seq, author_id, client_id, text, media_id, reply_to_id)
      SELECT t.id, t.last_seq, ${m.authorId}, ${m.clientId}, ${m.text}, ${m.mediaId}, ${m.replyToId} FROM t
      RETURNING *
    )
    SELECT ins.id, ins.thread_id, ins.seq, ins.author_id, u.display_name AS author_name, ins.client_id, ins.text,
           ins.media_id, ins.reply_to_id, ins.created_at, ins.edited_at, ins.deleted_at
    FROM ins JOIN users u ON u.id = ins.author_id`.execute(db);
  return result.rows[0];
}

/** For seeds and tests: the same insert, failing loudly when the author may not post there. */
export async function insertMessageInOrder(db: Db, m: NewMessage): Promise<MessageRow> {
  const row = await insertMessageIfAllowed(db, m);
  if (!row) throw new Error(`user ${m.authorId} may not post in thread ${m.threadId}`);
  return row;
}

export const findMessageByClientId = (db: Db, authorId: number, clientId: string) =>
  messagesWithAuthor(db).where('m.author_id', '=', authorId).where('m.client_id', '=', clientId).executeTakeFirst();

export const findMessage = (db: Db, id: number) => messagesWithAuthor(db).where('m.id', '=', id).executeTakeFirst();

/** One page of a thread by id, oldest first, and whether more lie beyond it (older, or newer with `after`). */
export async function findMessagesPage(db: Db, threadId: number, page: { before?: number | undefined; after?: number | undefined; limit: number }) {
  const q = messagesWithAuthor(db).where('m.thread_id', '=', threadId).limit(page.limit + 1);
  const rows =
    page.after !== undefined
      ? await q.where('m.id', '>', page.after).orderBy('m.id', 'asc').execute()
      : await (page.before === undefined ? q : q.where('m.id', '<', page.before)).orderBy('m.id', 'desc').execute();
  const hasMore = rows.length > page.limit;
  const items = rows.slice(0, page.limit);
  return { items: page.after !== undefined ? items : items.reverse(), hasMore };
}

/** Messages after a point (an id the client saw, or a seq the server delivered), oldest first. */
export const findMessagesAfter = (db: Db, threadId: number, from: { id: number } | { seq: number }, limit: number) =>
  messagesWithAuthor(db)
    .where('m.thread_id', '=', threadId)
    .where('id' in from ? 'm.id' : 'm.seq', '>', 'id' in from ? from.id : from.seq)
    .orderBy('m.seq')
    .limit(limit)
    .execute();

export const findThreadLastSeq = (db: Db, threadId: number) =>
  db.selectFrom('chat_threads').select('last_seq').where('id', '=', threadId).executeTakeFirst();

export const updateMessageText = (db: Db, id: number, text: string) =>
  db.updateTable('chat_messages').set({ text, edited_at: new Date() }).where('id', '=', id).where('deleted_at', 'is', null).execute();

/** The tombstone keeps id, seq, author and dates; the content goes. */
export const softDeleteMessage = (db: Db, id: number) =>
  db.updateTable('chat_messages').set({ text: null, media_id: null, deleted_at: new Date() }).where('id', '=', id).execute();

/** Read markers only move forward (two tabs may report out of order). */
export const upsertReadMarker = (db: Db, threadId: number, userId: number, upTo: number) =>
  db
    .insertInto('chat_memberships')
    .values({ thread_id: threadId, user_id: userId, last_read_id: upTo })
    .onConflict((oc) =>
      oc.columns(['thread_id', 'user_id']).doUpdateSet({ last_read_id: sql<number>`greatest(chat_memberships.last_read_id, excluded.last_read_id)` }),
    )
    .execute();

export const findMessagesByAuthor = (db: Db, authorId: number) =>
  db
    .selectFrom('chat_messages as m')
    .innerJoin('chat_threads as t', 't.id', 'm.thread_id')
    .select(['m.id', 't.title as thread', 'm.text', 'm.media_id', 'm.created_at', 'm.edited_at', 'm.deleted_at'])
    .where('m.author_id', '=', authorId)
    .orderBy('m.id')
    .execute();

export const findThreadByTitle = (db: Db, kind: ThreadKind, title: string) =>
  db.selectFrom('chat_threads').select('id').where('kind', '=', kind).where('title', '=', title).executeTakeFirst();
