import type { Kysely } from 'kysely';
import type { DemoConcept } from '../../content/types';
import type { DB } from '../../db/schema';

export const conceptBatchSize = 1_000;
export const linkBatchSize = 5_000;

/** Inserts concepts in one statement (skipping slugs already there); returns the new ids by slug. */
export async function insertConcepts(db: Kysely<DB>, concepts: readonly DemoConcept[], authorId: number): Promise<Map<string, number>> {
  if (!concepts.length) return new Map();
  const rows = await db
    .insertInto('concepts')
    .values(
      concepts.map((c) => ({
        slug: c.slug,
        title: c.title,
        summary: c.summary,
        body: c.body,
        era: c.era,
        sources: JSON.stringify(c.sources),
        tags: [...c.tags],
        author_id: authorId,
      })),
    )
    .onConflict((oc) => oc.column('slug').doNothing())
    .returning(['id', 'slug'])
    .execute();
  return new Map(rows.map((r) => [r.slug, r.id]));
}

export async function insertLinks(db: Kysely<DB>, links: readonly { concept_id: number; project_id: number; label: string }[]): Promise<void> {
  if (links.length) await db.insertInto('concept_project_links').values([...links]).onConflict((oc) => oc.doNothing()).execute();
}
