import { ModerationErrorCode } from '@egoejo/contracts';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import type { Principal } from '../../platform/auth-guard';
import { AppError } from '../../platform/errors';
import { findSuspensionReason } from './store';

export const isSuspended = (principal: Pick<Principal, 'suspendedUntil'>, now = Date.now()) =>
  principal.suspendedUntil !== null && principal.suspendedUntil.getTime() > now;

/**
 * For every feature that lets members post or vote: a suspended member is refused (403) until the end
 * date and told why. Costs a query only when the principal is suspended.
 */
export async function assertCanPost(db: Kysely<DB>, principal: Principal): Promise<void> {
  if (!isSuspended(principal)) return;
  const reason = await findSuspensionReason(db, principal.id);
  throw new AppError(403, ModerationErrorCode.suspended, `Your account is suspended until ${principal.suspendedUntil?.toISOString()}.`, {
    until: principal.suspendedUntil?.toISOString(),
    reason,
  });
}
