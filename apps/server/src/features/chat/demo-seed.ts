import type { Kysely } from 'kysely';
import { demoThreads } from '../../content/demo';
import type { DB } from '../../db/schema';
import { demoAuthorId } from '../projects/bulk';
import { insertMessageInOrder, insertThread } from './store';

/**
 * The demo's open threads ('Place du village' first) with their sample messages, by the same
 * 'Collectif EGOEJO' user as the demo projects. Only into a database without threads; true when it wrote.
 */
export async function seedDemoThreads(db: Kysely<DB>): Promise<boolean> {
  if (await db.selectFrom('chat_threads').select('id').limit(1).executeTakeFirst()) return false;
  await db.transaction().execute(async (tx) => {
    const authorId = await demoAuthorId(tx);
    for (const [threadIndex, demo] of demoThreads.entries()) {
      const thread = await insertThread(tx, { kind: 'general', title: demo.title, projectSlug: null, createdBy: authorId });
      for (const [messageIndex, message] of demo.messages.entries()) {
        await insertMessageInOrder(tx, {
          threadId: thread.id,
          authorId,
          clientId: `demo-${threadIndex}-${messageIndex}`,
          text: message.text,
          mediaId: null,
          replyToId: null,
        });
      }
    }
  });
  return true;
}
