import type { Kysely } from 'kysely';
import { demoConceptLinks, demoConcepts, demoProjects } from '../../content/demo';
import type { DB } from '../../db/schema';
import { insertConcepts, insertLinks } from '../roots/bulk';
import { addAllSearchWords } from '../search/store';
import { countProjects, demoAuthorId, insertPublishedProjects } from './bulk';

/**
 * The hand-written demo catalogue: projects, concepts of "Racines & Philosophie" and the links between
 * them, by the 'Collectif EGOEJO' user. Only into an empty catalogue; returns true when it wrote.
 */
export async function seedDemoProjectsAndRoots(db: Kysely<DB>): Promise<boolean> {
  if ((await countProjects(db)) > 0) return false;
  await db.transaction().execute(async (tx) => {
    const authorId = await demoAuthorId(tx);
    const oldestFirst = [...demoProjects].sort((a, b) => b.createdDaysAgo - a.createdDaysAgo);
    const projectIds = await insertPublishedProjects(tx, oldestFirst, authorId);
    const conceptIds = await insertConcepts(tx, demoConcepts, authorId);
    await insertLinks(
      tx,
      demoConceptLinks.flatMap((link) => {
        const conceptId = conceptIds.get(link.conceptSlug);
        const projectId = projectIds.get(link.projectSlug);
        return conceptId && projectId ? [{ concept_id: conceptId, project_id: projectId, label: link.label }] : [];
      }),
    );
    await addAllSearchWords(tx, 'projects');
    await addAllSearchWords(tx, 'concepts');
  });
  return true;
}
