import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { ErrorCode } from '@egoejo/contracts';
import type { DB } from '../../db/schema';
import { AppError } from '../../platform/errors';
import { recordAudit } from '../audit/service';
import {
  findFamilyByTokenHash,
  findRefreshTokenForUpdate,
  insertRefreshToken,
  markRotated,
  revokeFamily,
} from './refresh-store';

export interface RefreshPolicy {
  idleDays: number;
  absoluteDays: number;
  reuseGraceSeconds: number;
}

const day = 24 * 60 * 60 * 1000;

/** Refresh tokens are 256 random bits; only their SHA-256 is stored. */
export const hashRefreshToken = (raw: string) => createHash('sha256').update(raw).digest('hex');
const newRawToken = () => randomBytes(32).toString('base64url');

const invalid = () => new AppError(401, ErrorCode.invalidRefreshToken, 'The session has expired; please log in again.');

export interface IssuedRefreshToken {
  raw: string;
  familyId: string;
  familyExpiresAt: Date;
}

/** Starts a new login family (one per login, shared by the tokens that rotate from it). */
export async function startFamily(
  db: Kysely<DB>,
  userId: number,
  userAgent: string | null,
  policy: RefreshPolicy,
  now = new Date(),
): Promise<IssuedRefreshToken> {
  const familyExpiresAt = new Date(now.getTime() + policy.absoluteDays * day);
  const raw = newRawToken();
  const familyId = randomUUID();
  await insertRefreshToken(db, {
    userId,
    familyId,
    tokenHash: hashRefreshToken(raw),
    familyExpiresAt,
    idleExpiresAt: idleExpiry(now, familyExpiresAt, policy),
    userAgent,
  });
  return { raw, familyId, familyExpiresAt };
}

function idleExpiry(now: Date, familyExpiresAt: Date, policy: RefreshPolicy): Date {
  return new Date(Math.min(now.getTime() + policy.idleDays * day, familyExpiresAt.getTime()));
}

/**
 * Exchanges a refresh token for a new one of the same family. A token already rotated more than the grace
 * window ago is a stolen copy being replayed: the whole family is revoked (every token of that login).
 * Within the grace window (parallel tabs refreshing at once) a sibling token is issued instead.
 */
export async function rotate(
  db: Kysely<DB>,
  raw: string,
  policy: RefreshPolicy,
  meta: { userAgent: string | null; ip: string },
  now = new Date(),
): Promise<{ userId: number; token: IssuedRefreshToken }> {
  const outcome = await db.transaction().execute(async (tx) => {
    const row = await findRefreshTokenForUpdate(tx, hashRefreshToken(raw));
    if (!row || row.revoked_at) return { kind: 'invalid' as const };
    if (row.family_expires_at <= now || row.idle_expires_at <= now) return { kind: 'invalid' as const };
    if (row.rotated_at && now.getTime() - row.rotated_at.getTime() > policy.reuseGraceSeconds * 1000) {
      await revokeFamily(tx, row.family_id, now);
      await recordAudit(tx, {
        actorId: row.user_id,
        action: 'auth.refresh_reused',
        targetKind: 'session',
        targetId: row.family_id,
        ip: meta.ip,
      });
      return { kind: 'reused' as const };
    }
    if (!row.rotated_at) await markRotated(tx, row.id, now);
    const next = newRawToken();
    await insertRefreshToken(tx, {
      userId: row.user_id,
      familyId: row.family_id,
      tokenHash: hashRefreshToken(next),
      familyExpiresAt: row.family_expires_at,
      idleExpiresAt: idleExpiry(now, row.family_expires_at, policy),
      userAgent: meta.userAgent,
    });
    return {
      kind: 'rotated' as const,
      userId: row.user_id,
      token: { raw: next, familyId: row.family_id, familyExpiresAt: row.family_expires_at },
    };
  });
  // The revocation must commit even though the caller gets an error, hence the throw outside the transaction.
  if (outcome.kind === 'reused') {
    throw new AppError(401, ErrorCode.refreshTokenReused, 'This session was used twice; every device of it has been logged out.');
  }
  if (outcome.kind === 'invalid') throw invalid();
  return { userId: outcome.userId, token: outcome.token };
}

/** The family a raw token belongs to, for logout and "revoke the other sessions"; null when unknown. */
export async function familyOf(db: Kysely<DB>, raw: string): Promise<{ familyId: string; userId: number } | null> {
  const row = await findFamilyByTokenHash(db, hashRefreshToken(raw));
  return row ? { familyId: row.family_id, userId: row.user_id } : null;
}
