import { type Kysely, type Transaction, sql } from 'kysely';
import type { DB } from '../../db/schema';

type Db = Kysely<DB> | Transaction<DB>;

export interface ConceptValues {
  slug: string;
  title: string;
  summary: string;
  body: string;
  era: string;
  sources: { label: string; url: string }[];
  tags: string[];
}

const summaryColumns = ['id', 'slug', 'title', 'summary', 'era', 'tags', 'created_at', 'updated_at'] as const;

/** Alphabetical would need an offset cursor; newest first by id keeps a keyset. */
export function findConceptsPage(db: Db, filters: { tag?: string | undefined }, page: { beforeId?: number | undefined; limit: number }) {
  let q = db.selectFrom('concepts').select(summaryColumns);
  if (filters.tag) q = q.where(sql<boolean>`tags @> ARRAY[${filters.tag}]::text[]`);
  if (page.beforeId !== undefined) q = q.where('id', '<', page.beforeId);
  return q.orderBy('id', 'desc').limit(page.limit + 1).execute();
}

export const findConceptBySlug = (db: Db, slug: string) =>
  db.selectFrom('concepts').select([...summaryColumns, 'body', 'sources']).where('slug', '=', slug).executeTakeFirst();

export const conceptSlugTaken = async (db: Db, slug: string) =>
  (await db.selectFrom('concepts').select('id').where('slug', '=', slug).executeTakeFirst()) !== undefined;

export const findConceptSlugsLike = async (db: Db, base: string) =>
  (
    await db
      .selectFrom('concepts')
      .select('slug')
      .where((eb) => eb.or([eb('slug', '=', base), eb('slug', 'like', `${base}-%`)]))
      .execute()
  ).map((r) => r.slug);

export const insertConcept = (db: Db, values: ConceptValues & { author_id: number | null }) =>
  db
    .insertInto('concepts')
    .values({ ...values, sources: JSON.stringify(values.sources) })
    .returning(['id', 'slug'])
    .executeTakeFirstOrThrow();

export function updateConcept(db: Db, id: number, values: Partial<ConceptValues>) {
  const { sources, ...rest } = values;
  return db
    .updateTable('concepts')
    .set({ ...rest, ...(sources ? { sources: JSON.stringify(sources) } : {}), updated_at: new Date() })
    .where('id', '=', id)
    .returning(['id', 'slug'])
    .executeTakeFirst();
}

export const deleteConcept = (db: Db, id: number) => db.deleteFrom('concepts').where('id', '=', id).returning(['id']).executeTakeFirst();

/** The projects a concept inspires, newest first; `publishedOnly` for visitors and members. */
export function findProjectsInspiredBy(db: Db, conceptId: number, publishedOnly: boolean) {
  let q = db
    .selectFrom('concept_project_links as l')
    .innerJoin('projects as p', 'p.id', 'l.project_id')
    .select(['p.id', 'p.slug', 'p.title', 'p.summary', 'l.label'])
    .where('l.concept_id', '=', conceptId);
  if (publishedOnly) q = q.where('p.published', '=', true);
  return q.orderBy('p.id', 'desc').execute();
}

export const upsertLink = (db: Db, link: { concept_id: number; project_id: number; label: string }) =>
  db
    .insertInto('concept_project_links')
    .values(link)
    .onConflict((oc) => oc.columns(['concept_id', 'project_id']).doUpdateSet({ label: link.label }))
    .execute();

export const deleteLink = (db: Db, conceptId: number, projectId: number) =>
  db
    .deleteFrom('concept_project_links')
    .where('concept_id', '=', conceptId)
    .where('project_id', '=', projectId)
    .returning(['concept_id'])
    .executeTakeFirst();
