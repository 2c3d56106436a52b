import type { Kysely, Selectable, Transaction } from 'kysely';
import type { DB } from '../../db/schema';
import type { RefreshTokensTable } from './tables';

export type RefreshTokenRow = Selectable<RefreshTokensTable>;
type Db = Kysely<DB> | Transaction<DB>;

export const insertRefreshToken = (
  db: Db,
  token: { userId: number; familyId: string; tokenHash: string; familyExpiresAt: Date; idleExpiresAt: Date; userAgent: string | null },
) =>
  db
    .insertInto('refresh_tokens')
    .values({
      user_id: token.userId,
      family_id: token.familyId,
      token_hash: token.tokenHash,
      family_expires_at: token.familyExpiresAt,
      idle_expires_at: token.idleExpiresAt,
      user_agent: token.userAgent,
    })
    .execute();

/** Locks the row so that two parallel refreshes of one token are serialised. */
export const findRefreshTokenForUpdate = (db: Transaction<DB>, tokenHash: string) =>
  db.selectFrom('refresh_tokens').selectAll().where('token_hash', '=', tokenHash).forUpdate().executeTakeFirst();

export const markRotated = (db: Db, id: number, at: Date) =>
  db.updateTable('refresh_tokens').set({ rotated_at: at }).where('id', '=', id).where('rotated_at', 'is', null).execute();

export const revokeFamily = (db: Db, familyId: string, at: Date) =>
  db.updateTable('refresh_tokens').set({ revoked_at: at }).where('family_id', '=', familyId).where('revoked_at', 'is', null).execute();

export const revokeUserFamilies = (db: Db, userId: number, at: Date, exceptFamilyId?: string) => {
  let query = db.updateTable('refresh_tokens').set({ revoked_at: at }).where('user_id', '=', userId).where('revoked_at', 'is', null);
  if (exceptFamilyId) query = query.where('family_id', '!=', exceptFamilyId);
  return query.execute();
};

export const deleteUserRefreshTokens = (db: Db, userId: number) =>
  db.deleteFrom('refresh_tokens').where('user_id', '=', userId).execute();

export const listUserSessions = (db: Db, userId: number) =>
  db
    .selectFrom('refresh_tokens')
    .select(['family_id', 'user_agent', 'created_at', 'rotated_at', 'revoked_at', 'family_expires_at'])
    .where('user_id', '=', userId)
    .orderBy('id')
    .execute();

export const findFamilyByTokenHash = (db: Db, tokenHash: string) =>
  db.selectFrom('refresh_tokens').select(['family_id', 'user_id']).where('token_hash', '=', tokenHash).executeTakeFirst();
