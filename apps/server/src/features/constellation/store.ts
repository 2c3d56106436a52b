import { type Kysely, sql } from 'kysely';
import type { DB } from '../../db/schema';

/** Concepts by number of links to published projects, most linked first (unlinked ones still shine). */
export const findTopConcepts = (db: Kysely<DB>, limit: number) =>
  db
    .selectFrom('concepts as c')
    .leftJoin('concept_project_links as l', 'l.concept_id', 'c.id')
    .leftJoin('projects as p', (join) => join.onRef('p.id', '=', 'l.project_id').on('p.published', '=', true))
    .select(['c.id', 'c.slug', 'c.title', (eb) => eb.fn.count<number>('p.id').as('weight')])
    .groupBy('c.id')
    .orderBy('weight', 'desc')
    .orderBy('c.id')
    .limit(limit)
    .execute();

/** Published projects linked to the given concepts, most linked first, then newest. */
export const findTopLinkedProjects = (db: Kysely<DB>, conceptIds: number[], limit: number) =>
  db
    .selectFrom('concept_project_links as l')
    .innerJoin('projects as p', 'p.id', 'l.project_id')
    .select(['p.id', 'p.slug', 'p.title', (eb) => eb.fn.countAll<number>().as('weight')])
    .where('p.published', '=', true)
    .where('l.concept_id', '=', sql<number>`ANY(${conceptIds}::bigint[])`)
    .groupBy('p.id')
    .orderBy('weight', 'desc')
    .orderBy('p.id', 'desc')
    .limit(limit)
    .execute();

export const findLinksBetween = (db: Kysely<DB>, conceptIds: number[], projectIds: number[]) =>
  db
    .selectFrom('concept_project_links')
    .select(['concept_id', 'project_id', 'label'])
    .where('concept_id', '=', sql<number>`ANY(${conceptIds}::bigint[])`)
    .where('project_id', '=', sql<number>`ANY(${projectIds}::bigint[])`)
    .orderBy('concept_id')
    .orderBy('project_id')
    .execute();
