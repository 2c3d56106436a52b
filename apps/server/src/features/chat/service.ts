import type { ChatThread, CreateThreadBody } from '@egoejo/contracts';
import { type Principal, hasRole } from '../../platform/auth-guard';
import type { AppContext } from '../../platform/context';
import { conflict, forbidden, unprocessable } from '../../platform/errors';
import { recordAudit } from '../audit/service';
import { publishToTopic } from '../../platform/ws/topics';
import { readableThread, threadTopic } from './access';
import { addMembers, deleteMembership, findMembers, findThreadsOfUser, insertThread, updateThreadTitle } from './store';

type ThreadRow = Awaited<ReturnType<typeof findThreadsOfUser>>[number];

const toThread = (r: ThreadRow): ChatThread => ({
  id: r.id,
  kind: r.kind,
  title: r.title,
  projectSlug: r.project_slug,
  myRole: r.role,
  lastMessageId: r.last_message_id === null ? null : Number(r.last_message_id),
  unreadCount: Number(r.unread_count ?? 0),
  createdAt: r.created_at.toISOString(),
});

const isUniqueViolation = (error: unknown) => (error as { code?: unknown }).code === '23505';
const isForeignKeyViolation = (error: unknown) => (error as { code?: unknown }).code === '23503';

export async function listThreads(ctx: AppContext, principal: Principal): Promise<ChatThread[]> {
  return (await findThreadsOfUser(ctx.db, principal.id)).map(toThread);
}

async function threadOf(ctx: AppContext, principal: Principal, threadId: number): Promise<ChatThread> {
  const [row] = await findThreadsOfUser(ctx.db, principal.id, threadId);
  if (!row) throw new Error(`thread ${threadId} not visible right after its check`);
  return toThread(row);
}

/** General threads are the site's rooms: moderators open them. Any member opens a project or private thread. */
export async function createThread(ctx: AppContext, principal: Principal, body: CreateThreadBody, ip: string): Promise<ChatThread> {
  if (body.kind === 'general' && !hasRole(principal, 'moderator')) throw forbidden('Only moderators open general threads.');
  const memberIds = [...new Set((body.memberIds ?? []).filter((id) => id !== principal.id))];
  if (memberIds.length && body.kind !== 'private') {
    throw unprocessable('members_for_private_only', 'Members are invited to private threads only; the others are open.');
  }
  let thread: { id: number };
  try {
    thread = await ctx.db.transaction().execute(async (tx) => {
      const created = await insertThread(tx, { kind: body.kind, title: body.title, projectSlug: body.projectSlug ?? null, createdBy: principal.id });
      await addMembers(tx, created.id, [principal.id], 'owner');
      await addMembers(tx, created.id, memberIds, 'member');
      return created;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict('thread_exists', 'This project already has its thread.');
    if (isForeignKeyViolation(error)) throw unprocessable('unknown_member', 'One of the invited members does not exist.');
    throw error;
  }
  await recordAudit(ctx.db, { actorId: principal.id, action: 'chat.thread_created', targetKind: 'chat_thread', targetId: thread.id, ip });
  return threadOf(ctx, principal, thread.id);
}

export async function renameThread(ctx: AppContext, principal: Principal, threadId: number, title: string): Promise<ChatThread> {
  const access = await readableThread(ctx, principal, threadId);
  if (access.role !== 'owner' && !hasRole(principal, 'moderator')) throw forbidden('Only the thread owner may change it.');
  await updateThreadTitle(ctx.db, threadId, title);
  return threadOf(ctx, principal, threadId);
}

export async function inviteMembers(ctx: AppContext, principal: Principal, threadId: number, userIds: number[]): Promise<void> {
  const access = await readableThread(ctx, principal, threadId);
  if (access.kind !== 'private') throw unprocessable('thread_is_open', 'General and project threads are open to every member.');
  if (access.role !== 'owner' && access.role !== 'moderator') throw forbidden('Only the thread owner or a moderator may invite.');
  try {
    await addMembers(ctx.db, threadId, [...new Set(userIds)], 'member');
  } catch (error) {
    if (isForeignKeyViolation(error)) throw unprocessable('unknown_member', 'One of the invited members does not exist.');
    throw error;
  }
}

export async function leaveThread(ctx: AppContext, principal: Principal, threadId: number): Promise<void> {
  const access = await readableThread(ctx, principal, threadId);
  await deleteMembership(ctx.db, threadId, principal.id);
  // The leaver's open sockets, on any process, stop streaming a private thread they may no longer read.
  if (access.kind === 'private') {
    const user = { id: principal.id, displayName: principal.displayName };
    await publishToTopic(ctx.pubsub, threadTopic(threadId), { type: 'thread.left', thread: threadId, user }).catch(() => undefined);
  }
}

/** Names and roles, never emails. */
export async function listMembers(ctx: AppContext, principal: Principal, threadId: number) {
  await readableThread(ctx, principal, threadId);
  return (await findMembers(ctx.db, threadId)).map((m) => ({ id: m.id, displayName: m.display_name, role: m.role }));
}
