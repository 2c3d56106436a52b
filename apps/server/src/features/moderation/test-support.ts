import type { TestApp } from '../../../test/harness';
import { insertMessageInOrder, insertThread } from '../chat/store';

/** Test data for moderation's integration tests: a general thread with messages written straight to the store. */
export async function makeThreadWithMessages(t: TestApp, authorId: number, texts: string[]): Promise<{ threadId: number; messageIds: number[] }> {
  const thread = await insertThread(t.db, { kind: 'general', title: `Fil ${Math.random()}`, projectSlug: null, createdBy: authorId });
  const messageIds: number[] = [];
  for (const text of texts) {
    const row = await insertMessageInOrder(t.db, { threadId: thread.id, authorId, clientId: `c${Math.random()}`.replace('.', ''), text, mediaId: null, replyToId: null });
    messageIds.push(row.id);
  }
  return { threadId: thread.id, messageIds };
}

/** Resolves with the first message published on `topic` that matches, or rejects after `timeoutMs`. */
export async function nextPublication<T>(t: TestApp, topic: string, matches: (message: T) => boolean, timeoutMs = 10_000): Promise<T> {
  let unsubscribe: (() => Promise<void>) | undefined;
  const result = new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`nothing published on ${topic} within ${timeoutMs} ms`)), timeoutMs);
    void t.ctx.pubsub
      .subscribe(topic, (message) => {
        if (!matches(message as T)) return;
        clearTimeout(timer);
        resolve(message as T);
      })
      .then((off) => (unsubscribe = off));
  });
  try {
    return await result;
  } finally {
    await unsubscribe?.();
  }
}
