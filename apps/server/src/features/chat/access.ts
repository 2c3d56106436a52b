import type { ThreadKind, ThreadRole } from '@egoejo/contracts';
import { type Principal, hasRole } from '../../platform/auth-guard';
import { AppError, notFound } from '../../platform/errors';
import type { AppContext } from '../../platform/context';
import { findThreadAccess } from './store';

export interface ThreadAccess {
  id: number;
  kind: ThreadKind;
  title: string;
  projectSlug: string | null;
  createdAt: Date;
  /** The caller's membership role; null when not a member. */
  role: ThreadRole | null;
}

export const threadTopic = (threadId: number) => `thread:${threadId}`;

/** General and project threads are open to every member; private ones only to their members. */
export async function readableThread(ctx: AppContext, principal: Principal, threadId: number): Promise<ThreadAccess> {
  const row = await findThreadAccess(ctx.db, threadId, principal.id);
  // A private thread one is not in answers like a missing one: its existence is private too.
  if (!row || (row.kind === 'private' && !row.role)) throw notFound('Thread');
  return { id: row.id, kind: row.kind, title: row.title, projectSlug: row.project_slug, createdAt: row.created_at, role: row.role };
}

/** Thread owners and moderators, and the site's moderators and admins. */
export function canModerate(principal: Principal, access: ThreadAccess): boolean {
  return hasRole(principal, 'moderator') || access.role === 'owner' || access.role === 'moderator';
}

export function assertNotSuspended(principal: Principal): void {
  if (principal.suspendedUntil && principal.suspendedUntil.getTime() > Date.now()) {
    throw new AppError(403, 'suspended', `Your account is suspended until ${principal.suspendedUntil.toISOString()}.`);
  }
}
