import { type Kysely, sql } from 'kysely';
import type { DemoProject } from '../../content/types';
import type { DB } from '../../db/schema';

/** Bounded by PostgreSQL's 65,535 parameters per statement: 12 columns × 1,000 rows. */
export const projectBatchSize = 1_000;

const demoAuthorName = 'Collectif EGOEJO';

/**
 * The author of the demo and generated catalogue: a user without email or password, so nobody can sign
 * in as it. Found again by that shape, so seeding twice reuses it.
 */
export async function demoAuthorId(db: Kysely<DB>): Promise<number> {
  const existing = await db
    .selectFrom('users')
    .select('id')
    .where('display_name', '=', demoAuthorName)
    .where('email', 'is', null)
    .where('password_hash', 'is', null)
    .orderBy('id')
    .executeTakeFirst();
  if (existing) return existing.id;
  const created = await db.insertInto('users').values({ display_name: demoAuthorName, email: null, password_hash: null }).returning('id').executeTakeFirstOrThrow();
  return created.id;
}

/**
 * Inserts published projects in one multi-row statement, in the order given: pass them oldest first so
 * that ids follow `created_at` (lists and search tie-breaks order by id). Returns the ids of those inserted, by slug.
 */
export async function insertPublishedProjects(db: Kysely<DB>, projects: readonly DemoProject[], authorId: number): Promise<Map<string, number>> {
  if (!projects.length) return new Map();
  const rows = await db
    .insertInto('projects')
    .values(
      projects.map((p) => ({
        slug: p.slug,
        title: p.title,
        summary: p.summary,
        description: p.description,
        category: p.category,
        status: p.status,
        location_name: p.location.name,
        location_lat: p.location.lat ?? null,
        location_lng: p.location.lng ?? null,
        cover_media_id: null,
        published: true,
        author_id: authorId,
        created_at: sql<Date>`now() - make_interval(days => ${p.createdDaysAgo})`,
      })),
    )
    // A slug already there (a second seeding with the same seed) is skipped, not an error.
    .onConflict((oc) => oc.column('slug').doNothing())
    .returning(['id', 'slug'])
    .execute();
  return new Map(rows.map((r) => [r.slug, r.id]));
}

export const countProjects = async (db: Kysely<DB>) =>
  Number((await db.selectFrom('projects').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
