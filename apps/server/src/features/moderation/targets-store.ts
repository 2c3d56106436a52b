import type { Kysely, Transaction } from 'kysely';
import type { ModerationTargetKind } from '@egoejo/contracts';
import type { DB } from '../../db/schema';
import type { ItemTarget } from './store';

type Db = Kysely<DB> | Transaction<DB>;

/**
 * Read-only look-ups of the things moderation points at. They live in other features' tables; moderation
 * only reads a row by id (existence, author, the text moderators judge), never writes there.
 */
const finders: Record<ModerationTargetKind, (db: Db, id: number) => Promise<ItemTarget | null>> = {
  message: async (db, id) => {
    const row = await db
      .selectFrom('chat_messages')
      .select(['id', 'author_id', 'thread_id', 'text'])
      .where('id', '=', id)
      .where('deleted_at', 'is', null)
      .executeTakeFirst();
    return row ? { kind: 'message', targetId: row.id, authorId: row.author_id, threadId: row.thread_id, content: row.text } : null;
  },
  project: async (db, id) => {
    const row = await db.selectFrom('projects').select(['id', 'author_id', 'title', 'summary', 'description']).where('id', '=', id).executeTakeFirst();
    const content = row ? [row.title, row.summary, row.description].filter(Boolean).join('\n\n') : null;
    return row ? { kind: 'project', targetId: row.id, authorId: row.author_id, threadId: null, content } : null;
  },
  poll: async (db, id) => {
    const row = await db.selectFrom('polls').select(['id', 'creator_id', 'question']).where('id', '=', id).executeTakeFirst();
    return row ? { kind: 'poll', targetId: row.id, authorId: row.creator_id, threadId: null, content: row.question } : null;
  },
  user: async (db, id) => {
    const row = await db.selectFrom('users').select(['id', 'display_name', 'bio']).where('id', '=', id).where('erased_at', 'is', null).executeTakeFirst();
    const content = row ? [row.display_name, row.bio].filter(Boolean).join('\n\n') : null;
    return row ? { kind: 'user', targetId: row.id, authorId: row.id, threadId: null, content } : null;
  },
  intent: async (db, id) => {
    const row = await db.selectFrom('intents').select(['id', 'message']).where('id', '=', id).executeTakeFirst();
    return row ? { kind: 'intent', targetId: row.id, authorId: null, threadId: null, content: row.message } : null;
  },
};

export const findTarget = (db: Db, kind: ModerationTargetKind, id: number) => finders[kind](db, id);

/** The chat messages just before and just after one, for the moderators' context (oldest first). */
export async function findMessageNeighbours(db: Db, threadId: number, messageId: number, count: number) {
  const columns = ['id', 'author_id', 'text', 'created_at'] as const;
  const [before, after] = await Promise.all([
    db.selectFrom('chat_messages').select(columns).where('thread_id', '=', threadId).where('id', '<', messageId).orderBy('id', 'desc').limit(count).execute(),
    db.selectFrom('chat_messages').select(columns).where('thread_id', '=', threadId).where('id', '>', messageId).orderBy('id', 'asc').limit(count).execute(),
  ]);
  return { before: before.reverse(), after };
}
