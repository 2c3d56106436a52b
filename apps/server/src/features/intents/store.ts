import { type Kysely, sql } from 'kysely';
import type { IntentFilters, JoinProfile } from '@egoejo/contracts';
import type { DB } from '../../db/schema';

/** Escapes LIKE wildcards so that a user's `%` or `_` is searched as itself. */
export const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export interface IntentInput {
  name: string;
  email: string;
  profile: JoinProfile;
  message: string | null;
  ip: string | null;
  userAgent: string | null;
}

/** One row per email and UTC day: a second submission the same day updates it. */
export const upsertIntentOfDay = (db: Kysely<DB>, intent: IntentInput) =>
  db
    .insertInto('intents')
    .values({
      name: intent.name,
      email: intent.email,
      profile: intent.profile,
      message: intent.message,
      ip: intent.ip,
      user_agent: intent.userAgent,
      created_day: sql<string>`(now() AT TIME ZONE 'UTC')::date`,
    })
    .onConflict((oc) =>
      oc.columns(['email', 'created_day']).doUpdateSet((eb) => ({
        name: eb.ref('excluded.name'),
        profile: eb.ref('excluded.profile'),
        message: eb.ref('excluded.message'),
        ip: eb.ref('excluded.ip'),
        user_agent: eb.ref('excluded.user_agent'),
        updated_at: sql<Date>`now()`,
      })),
    )
    .returning(['id'])
    .executeTakeFirstOrThrow();

function filtered(db: Kysely<DB>, filters: IntentFilters) {
  let q = db.selectFrom('intents');
  if (filters.from) q = q.where('created_day', '>=', filters.from);
  if (filters.to) q = q.where('created_day', '<=', filters.to);
  if (filters.profile) q = q.where('profile', '=', filters.profile);
  if (filters.q) {
    const pattern = likePattern(filters.q);
    q = q.where((eb) =>
      eb.or([eb('name', 'ilike', pattern), eb('email', 'ilike', pattern), eb('message', 'ilike', pattern)]),
    );
  }
  return q;
}

/** Newest first; the identity id follows creation order, so it is the keyset. */
export function findIntentsPage(db: Kysely<DB>, filters: IntentFilters, page: { beforeId?: number; limit: number }) {
  let q = filtered(db, filters).selectAll().orderBy('id', 'desc').limit(page.limit + 1);
  if (page.beforeId !== undefined) q = q.where('id', '<', page.beforeId);
  return q.execute();
}

export const findIntentsForExport = (db: Kysely<DB>, filters: IntentFilters, max: number) =>
  filtered(db, filters).selectAll().orderBy('id', 'desc').limit(max).execute();

export const deleteIntent = (db: Kysely<DB>, id: number) =>
  db.deleteFrom('intents').where('id', '=', id).returning(['id', 'email']).executeTakeFirst();

export const findIntentsByEmail = (db: Kysely<DB>, email: string) =>
  db.selectFrom('intents').select(['name', 'profile', 'message', 'created_at', 'updated_at']).where('email', '=', email).execute();

export const deleteIntentsByEmail = (db: Kysely<DB>, email: string) => db.deleteFrom('intents').where('email', '=', email).execute();
