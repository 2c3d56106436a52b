import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateProjects } from '../../content/generator';
import { type TestApp, createTestApp } from '../../../test/harness';
import { demoAuthorId, insertPublishedProjects } from '../projects/bulk';
import { prepareTextSearch } from './service';
import { addAllSearchWords, searchTierQueries } from './store';

/**
 * The plan of a search on a catalogue large enough for indexes to matter (3,000 generated projects,
 * vacuumed and analysed). PostgreSQL must use the GIN trigram index for a rare word of the titles; PGlite
 * (same planner, other costs) must have the index and answer.
 */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  const authorId = await demoAuthorId(t.db);
  const projects = [...generateProjects({ count: 3_000, seed: 7 })];
  for (let i = 0; i < projects.length; i += 1_000) await insertPublishedProjects(t.db, projects.slice(i, i + 1_000), authorId);
  await addAllSearchWords(t.db, 'projects');
  await sql`VACUUM ANALYZE projects`.execute(t.db);
}, 240_000);
afterAll(() => t.close());

/**
 * At 3,000 rows a sequential scan still costs least; scans are turned off inside the transaction (SET
 * LOCAL ends with it, safe through PgBouncer) so that the plan shows the index the planner would take.
 */
async function planOf(text: string): Promise<string> {
  const prepared = await prepareTextSearch(t.db, text);
  const tiers = searchTierQueries('projects', { q: prepared.query, tsQuery: prepared.tsQuery, corrected: prepared.corrected, rareWords: prepared.rareWords, limit: 20 });
  return t.db.transaction().execute(async (tx) => {
    await sql`SET LOCAL enable_seqscan = off`.execute(tx);
    const plans: string[] = [];
    for (const tier of tiers) plans.push(...(await sql<{ 'QUERY PLAN': string }>`EXPLAIN ${tier}`.execute(tx)).rows.map((r) => r['QUERY PLAN']));
    return plans.join('\n');
  });
}

describe('search plan', () => {
  it('finds a rare title word through the trigram index', async () => {
    const plan = await planOf('conservatoire');
    if (t.database.kind === 'postgres') {
      expect(plan).toContain('projects_title_trgm_idx');
    } else {
      const indexes = await sql<{ indexname: string }>`SELECT indexname FROM pg_indexes WHERE tablename = 'projects'`.execute(t.db);
      expect(indexes.rows.map((r) => r.indexname)).toContain('projects_title_trgm_idx');
      expect(plan).toContain('projects');
    }
    const reply = await t.app.inject({ method: 'GET', url: '/api/search?q=conservatoire&kind=projects' });
    expect(reply.statusCode).toBe(200);
    expect(reply.json().items.length).toBeGreaterThan(0);
  });

  it('finds a corrected word through the title and text vectors', async () => {
    const plan = await planOf('conservatoir potagr');
    expect(plan).toContain('projects_title_vector_idx');
  });
});
