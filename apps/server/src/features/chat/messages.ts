import type { ChatMessage, MessagePage, MessagesQuery, SendMessageBody } from '@egoejo/contracts';
import { type Principal, hasRole } from '../../platform/auth-guard';
import type { AppContext } from '../../platform/context';
import { AppError, conflict, forbidden, notFound, unprocessable } from '../../platform/errors';
import { rateLimited } from '../../platform/rate-limits';
import { publishToTopic } from '../../platform/ws/topics';
import { enqueueScoring } from '../moderation/scoring';
import { assertNotSuspended, canModerate, readableThread, threadTopic } from './access';
import {
  type MessageRow,
  findMessage,
  findMessageByClientId,
  findMessagesPage,
  insertMessageIfAllowed,
  softDeleteMessage,
  updateMessageText,
  upsertReadMarker,
} from './store';

/** DESIGN §7 and the issue: 20 messages per 10 s per member, over REST and WebSocket together, on every process. */
export const sendLimit = { max: 20, windowMs: 10_000 };

/** Moderation hides a message from everyone but its author and moderators (a broadcast, with no viewer, included). */
const redacted = (r: MessageRow, viewer: Principal | null) => r.hidden === true && !(viewer && (viewer.id === r.author_id || hasRole(viewer, 'moderator')));

export const toChatMessage = (r: MessageRow, viewer: Principal | null = null): ChatMessage => ({
  id: r.id,
  threadId: r.thread_id,
  seq: Number(r.seq),
  author: { id: r.author_id, displayName: r.author_name },
  text: redacted(r, viewer) ? null : r.text,
  mediaId: redacted(r, viewer) ? null : r.media_id,
  replyToId: r.reply_to_id,
  clientId: r.client_id,
  createdAt: r.created_at.toISOString(),
  editedAt: r.edited_at?.toISOString() ?? null,
  deletedAt: r.deleted_at?.toISOString() ?? null,
  ...(r.hidden ? { hidden: true } : {}),
});

/**
 * Fan-out after commit. A failed publish (Redis down) loses nothing: the message is stored, and receivers
 * fill the hole from the database when the next seq arrives, or when they resume.
 */
function broadcast(ctx: AppContext, threadId: number, message: Parameters<typeof publishToTopic>[2]): void {
  publishToTopic(ctx.pubsub, threadTopic(threadId), message).catch(() => undefined);
}

export async function listMessages(ctx: AppContext, principal: Principal, threadId: number, query: MessagesQuery): Promise<MessagePage> {
  await readableThread(ctx, principal, threadId);
  const page = await findMessagesPage(ctx.db, threadId, query);
  return { items: page.items.map((r) => toChatMessage(r, principal)), hasMore: page.hasMore };
}

/**
 * Stores a message once per (author, clientId) and broadcasts it once. A resend of the same clientId
 * returns the stored message (`created: false`) and broadcasts nothing.
 */
export async function sendMessage(
  ctx: AppContext,
  principal: Principal,
  threadId: number,
  body: SendMessageBody,
): Promise<{ message: ChatMessage; created: boolean }> {
  assertNotSuspended(principal);
  if ((await ctx.counters.hit(`chat-send:${principal.id}`, sendLimit.windowMs)) > sendLimit.max) {
    throw rateLimited(Math.ceil(sendLimit.windowMs / 1000));
  }
  if (body.replyTo !== undefined) {
    const target = await findMessage(ctx.db, body.replyTo);
    if (!target || target.thread_id !== threadId) throw unprocessable('reply_not_in_thread', 'The message replied to is not in this thread.');
  }
  let row: MessageRow | undefined;
  try {
    // Access, suspension and the insert in one statement: the permission holds at the moment of the write.
    // Moderation's scoring job is enqueued in the same transaction (the rule: no message escapes
    // it, even if the process dies right after the commit); the ack never waits for the scoring itself.
    row = await ctx.db.transaction().execute(async (tx) => {
      const stored = await insertMessageIfAllowed(tx, {
        threadId,
        authorId: principal.id,
        clientId: body.clientId,
        text: body.text,
        mediaId: body.mediaId ?? null,
        replyToId: body.replyTo ?? null,
      });
      if (stored) await enqueueScoring(ctx, tx, { kind: 'message', id: stored.id, text: body.text, authorId: principal.id, threadId });
      return stored;
    });
  } catch (error) {
    // A resend (after a lost ack, or two tabs racing): the stored message answers, nothing is broadcast.
    if ((error as { code?: unknown }).code !== '23505') throw error;
    const existing = await findMessageByClientId(ctx.db, principal.id, body.clientId);
    if (!existing) throw error;
    return { message: sameThreadOrConflict(existing, threadId), created: false };
  }
  if (!row) {
    await readableThread(ctx, principal, threadId); // throws not_found when the thread is not theirs to read
    throw new AppError(403, 'suspended', 'Your account is suspended.');
  }
  const message = toChatMessage(row);
  broadcast(ctx, threadId, { type: 'message.new', message });
  return { message, created: true };
}

function sameThreadOrConflict(row: MessageRow, threadId: number): ChatMessage {
  if (row.thread_id !== threadId) throw conflict('client_id_reused', 'This clientId was already used for another message.');
  return toChatMessage(row);
}

async function messageInReadableThread(ctx: AppContext, principal: Principal, messageId: number) {
  const row = await findMessage(ctx.db, messageId);
  if (!row) throw notFound('Message');
  const access = await readableThread(ctx, principal, row.thread_id);
  return { row, access };
}

export async function editMessage(ctx: AppContext, principal: Principal, messageId: number, text: string): Promise<ChatMessage> {
  const { row } = await messageInReadableThread(ctx, principal, messageId);
  if (row.author_id !== principal.id) throw forbidden('Only the author may edit a message.');
  assertNotSuspended(principal);
  if (row.deleted_at) throw new AppError(409, 'message_deleted', 'A deleted message cannot be edited.');
  await ctx.db.transaction().execute(async (tx) => {
    await updateMessageText(tx, messageId, text);
    await enqueueScoring(ctx, tx, { kind: 'message', id: messageId, text, authorId: principal.id, threadId: row.thread_id });
  });
  const message = toChatMessage((await findMessage(ctx.db, messageId))!);
  broadcast(ctx, row.thread_id, { type: 'message.updated', message });
  return message;
}

/** Soft delete by the author or a moderator: the text goes, a tombstone keeps the thread's shape. */
export async function deleteMessage(ctx: AppContext, principal: Principal, messageId: number): Promise<ChatMessage> {
  const { row, access } = await messageInReadableThread(ctx, principal, messageId);
  if (row.author_id !== principal.id && !canModerate(principal, access)) throw forbidden('Only the author or a moderator may delete a message.');
  if (!row.deleted_at) await softDeleteMessage(ctx.db, messageId);
  const message = toChatMessage((await findMessage(ctx.db, messageId))!);
  if (!row.deleted_at) broadcast(ctx, row.thread_id, { type: 'message.deleted', message });
  return message;
}

export async function markRead(ctx: AppContext, principal: Principal, threadId: number, upTo: number): Promise<void> {
  await readableThread(ctx, principal, threadId);
  await upsertReadMarker(ctx.db, threadId, principal.id, upTo);
}
