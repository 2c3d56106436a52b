/**
 * Deterministic generator of French content for benchmarks and tests.
 *
 *   for (const project of generateProjects({ count: 100_000, seed: 42 })) insert(project);
 *   for (const concept of generateConcepts({ count: 300, seed: 42 })) insert(concept);
 *   const queries = sampleQueries(42, 500, { projectCount: 100_000 });
 *
 * Generation is lazy (generators, one item at a time) and each item depends only on its
 * seed and index: the first N items of a seed are the same whatever the count asked.
 */
export { generateProjectAt, generateProjects, PROJECT_THEMES } from './project-generator.js';
export { generateConceptAt, generateConcepts } from './concept-generator.js';
export { misspell, QUERY_KINDS, sampleQueries, type QueryKind, type SampleQuery, type SampleQueryOptions } from './sample-queries.js';
export { mixSeed, Rng } from './random.js';
export { slugify, stripAccents, SLUG_PATTERN } from './slug.js';
export type { GenerateOptions, GeneratedConcept, GeneratedProject } from './types.js';
