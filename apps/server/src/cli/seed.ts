import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import { generateConcepts, generateProjects, mixSeed, Rng } from '../content/generator';
import type { GeneratedProject } from '../content/types';
import { migrateToLatest } from '../db/migrate';
import { demoAuthorId, insertPublishedProjects, projectBatchSize } from '../features/projects/bulk';
import { conceptBatchSize, insertConcepts, insertLinks, linkBatchSize } from '../features/roots/bulk';
import { addAllSearchWords } from '../features/search/store';
import { configOrExit, openConfiguredDatabase } from '../startup';

/**
 * Fills the configured database with a generated French catalogue, for benchmarks and tests:
 *   npm run seed -- --projects 100000 --concepts 300 [--seed 42]
 * Deterministic for a seed. Multi-row inserts of 1,000 rows; a second run with the same seed adds nothing.
 */
const { values } = parseArgs({
  options: {
    projects: { type: 'string', default: '1000' },
    concepts: { type: 'string', default: '100' },
    seed: { type: 'string', default: '42' },
  },
});
const count = (name: string, raw: string | undefined, max: number) => {
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0 || n > max) {
    process.stderr.write(`--${name} must be an integer from 0 to ${max}\n`);
    process.exit(2);
  }
  return n;
};
const projectCount = count('projects', values.projects, 5_000_000);
const conceptCount = count('concepts', values.concepts, 100_000);
const seed = count('seed', values.seed, 2 ** 31);

const log = (line: string) => process.stdout.write(`${line}\n`);
const rate = (rows: number, ms: number) => `${rows.toLocaleString('en')} rows in ${(ms / 1000).toFixed(1)} s (${Math.round(rows / (ms / 1000)).toLocaleString('en')} rows/s)`;

const config = configOrExit();
const database = await openConfiguredDatabase(config);
try {
  await migrateToLatest(database);
  const db = database.db;
  const authorId = await demoAuthorId(db);

  let started = performance.now();
  // Oldest first, so that ids follow creation dates (lists and ties order by id).
  const projects: GeneratedProject[] = [...generateProjects({ count: projectCount, seed })].sort((a, b) => b.createdDaysAgo - a.createdDaysAgo);
  const projectIds: number[] = [];
  for (let i = 0; i < projects.length; i += projectBatchSize) {
    projectIds.push(...(await insertPublishedProjects(db, projects.slice(i, i + projectBatchSize), authorId)).values());
    if ((i / projectBatchSize) % 20 === 19) log(`  projects: ${(i + projectBatchSize).toLocaleString('en')}`);
  }
  log(`projects: ${rate(projectIds.length, performance.now() - started)}`);

  started = performance.now();
  const concepts = [...generateConcepts({ count: conceptCount, seed })];
  const conceptIds: number[] = [];
  for (let i = 0; i < concepts.length; i += conceptBatchSize) {
    conceptIds.push(...(await insertConcepts(db, concepts.slice(i, i + conceptBatchSize), authorId)).values());
  }
  log(`concepts: ${rate(conceptIds.length, performance.now() - started)}`);

  // About a quarter of the projects name one or two concepts as their inspiration.
  started = performance.now();
  const rng = new Rng(mixSeed(seed, 0x4c494e4b));
  const titles = new Map(concepts.map((c, i) => [conceptIds[i], c.title]));
  const links: { concept_id: number; project_id: number; label: string }[] = [];
  for (const projectId of conceptIds.length ? projectIds : []) {
    if (!rng.chance(0.25)) continue;
    for (const conceptId of rng.pickDistinct(conceptIds, rng.int(1, 2))) {
      links.push({ concept_id: conceptId, project_id: projectId, label: `Ce projet s’inspire de ${titles.get(conceptId) ?? 'ce concept'}.` });
    }
  }
  for (let i = 0; i < links.length; i += linkBatchSize) await insertLinks(db, links.slice(i, i + linkBatchSize));
  log(`links: ${rate(links.length, performance.now() - started)}`);

  started = performance.now();
  await addAllSearchWords(db, 'projects');
  await addAllSearchWords(db, 'concepts');
  // VACUUM also merges the GIN indexes' pending lists, which a bulk load leaves long (each search would scan them).
  await sql`VACUUM ANALYZE projects, concepts, concept_project_links, search_words`.execute(db);
  const words = await db.selectFrom('search_words').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  log(`search words: ${Number(words.n).toLocaleString('en')} known, tables vacuumed and analysed, in ${((performance.now() - started) / 1000).toFixed(1)} s`);
} finally {
  await database.close();
}
