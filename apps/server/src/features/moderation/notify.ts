import type { Transaction } from 'kysely';
import type { ModerationStatus } from '@egoejo/contracts';
import type { DB } from '../../db/schema';
import type { AppContext } from '../../platform/context';
import { publishToTopic } from '../../platform/ws/topics';
import { queueMail } from './mail';
import { type ItemRow, findModeratorEmails } from './store';
import { toModerationItems } from './views';

/** Pub/sub topic of the moderators' live queue: the WebSocket layer subscribes moderator sockets to it. */
export const moderatorsTopic = 'moderators';
/** The chat's topic of one thread. */
export const threadTopic = (threadId: number) => `thread:${threadId}`;

/** Inside the transaction that put the item in the queue: one mail per moderator (sent after commit). */
export async function queueModeratorMail(ctx: AppContext, tx: Transaction<DB>, item: ItemRow, why: string): Promise<void> {
  const recipients = await findModeratorEmails(tx);
  const excerpt = (item.content ?? '').slice(0, 500);
  const link = `${ctx.config.PUBLIC_URL ?? ''}/admin/moderation`;
  const subject = `[EGOEJO] À modérer : ${item.target_kind} n° ${item.target_id}`;
  const body = `${why}\n\n« ${excerpt} »\n\nFile de modération : ${link}\n`;
  await queueMail(ctx, tx, recipients.map((to) => ({ to, subject, body })));
}

/** After commit: the item appears at once on every moderator's screen. */
export async function publishFlagged(ctx: AppContext, row: ItemRow): Promise<void> {
  const [item] = await toModerationItems(ctx.db, [row]);
  if (item) await publishToTopic(ctx.pubsub, moderatorsTopic, { type: 'moderation.flagged', item });
}

/** After commit: a chat message disappears from (or comes back to) the thread for everyone but its author. */
export async function publishVisibility(ctx: AppContext, row: ItemRow, hidden: boolean): Promise<void> {
  if (row.target_kind !== 'message' || row.thread_id === null) return;
  const type = hidden ? 'message.hidden' : 'message.unhidden';
  await publishToTopic(ctx.pubsub, threadTopic(row.thread_id), { type, thread: row.thread_id, id: row.target_id });
}

/** After a decision: other moderators' queues drop the item. */
export async function publishDecided(ctx: AppContext, id: number, status: ModerationStatus): Promise<void> {
  await publishToTopic(ctx.pubsub, moderatorsTopic, { type: 'moderation.decided', id, status });
}
