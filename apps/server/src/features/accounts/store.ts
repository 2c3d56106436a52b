import type { Kysely, Selectable, Transaction } from 'kysely';
import type { DB } from '../../db/schema';
import type { UsersTable } from './tables';

export type UserRow = Selectable<UsersTable>;
type Db = Kysely<DB> | Transaction<DB>;

export const findUserByEmail = (db: Db, email: string) =>
  db.selectFrom('users').selectAll().where('email', '=', email).where('erased_at', 'is', null).executeTakeFirst();

export const findUserById = (db: Db, id: number) =>
  db.selectFrom('users').selectAll().where('id', '=', id).where('erased_at', 'is', null).executeTakeFirst();

export const insertUser = (
  db: Db,
  user: { email: string; displayName: string; passwordHash: string; role?: UserRow['role'] },
) =>
  db
    .insertInto('users')
    .values({ email: user.email, display_name: user.displayName, password_hash: user.passwordHash, role: user.role })
    .onConflict((oc) => oc.column('email').doNothing())
    .returningAll()
    .executeTakeFirst();

export const updateUserProfile = (db: Db, id: number, patch: { displayName?: string; bio?: string }) =>
  db
    .updateTable('users')
    .set({
      ...(patch.displayName === undefined ? {} : { display_name: patch.displayName }),
      ...(patch.bio === undefined ? {} : { bio: patch.bio }),
      updated_at: new Date(),
    })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();

export const updatePasswordHash = (db: Db, id: number, passwordHash: string) =>
  db.updateTable('users').set({ password_hash: passwordHash, updated_at: new Date() }).where('id', '=', id).execute();

export const updateUserRole = (db: Db, id: number, role: UserRow['role']) =>
  db.updateTable('users').set({ role, updated_at: new Date() }).where('id', '=', id).execute();

/** Keeps the row (shared content still points at it) but removes everything that identifies the person. */
export const anonymiseUser = (db: Db, id: number, displayName: string) =>
  db
    .updateTable('users')
    .set({
      email: null,
      display_name: displayName,
      bio: '',
      password_hash: null,
      erased_at: new Date(),
      updated_at: new Date(),
    })
    .where('id', '=', id)
    .execute();
