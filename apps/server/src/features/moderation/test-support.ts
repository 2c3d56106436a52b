import net from 'node:net';
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

/**
 * A minimal SMTP server for tests (no package ships one here): enough of RFC 5321 for nodemailer
 * without STARTTLS, keeping each message's raw data.
 */
export async function startFakeSmtp(): Promise<{ url: string; messages: string[]; close(): Promise<void> }> {
  const messages: string[] = [];
  const server = net.createServer((socket) => {
    let buffer = '';
    let data: string[] | null = null;
    const reply = (line: string) => socket.write(`${line}\r\n`);
    reply('220 fake-smtp ESMTP');
    socket.on('data', (chunk) => {
      buffer += chunk.toString('utf8');
      for (let end = buffer.indexOf('\r\n'); end >= 0; end = buffer.indexOf('\r\n')) {
        const line = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        if (data) {
          if (line === '.') {
            messages.push(data.join('\n'));
            data = null;
            reply('250 queued');
          } else data.push(line);
          continue;
        }
        const verb = line.slice(0, 4).toUpperCase();
        if (verb === 'EHLO') reply('250 fake-smtp');
        else if (verb === 'DATA') {
          data = [];
          reply('354 go ahead');
        } else if (verb === 'QUIT') {
          reply('221 bye');
          socket.end();
        } else reply('250 ok');
      }
    });
    socket.on('error', () => undefined);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  return { url: `smtp://127.0.0.1:${port}`, messages, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
