import { describe, expect, it } from 'vitest';
import { demoConceptLinks, demoConcepts, demoProjects, demoThreads, PROJECT_CATEGORIES, PROJECT_STATUSES } from './demo.js';
import {
  generateConceptAt, generateConcepts, generateProjectAt, generateProjects, misspell, QUERY_KINDS, Rng,
  sampleQueries, SLUG_PATTERN, slugify, stripAccents,
} from './generator.js';
import type { DemoProject } from './types.js';

const take = <T>(items: Iterable<T>, count: number): T[] => {
  const taken: T[] = [];
  for (const item of items) {
    if (taken.length >= count) break;
    taken.push(item);
  }
  return taken;
};

const paragraphCount = (text: string): number => text.split('\n\n').filter((p) => p.trim() !== '').length;
const normalise = (text: string): string => stripAccents(text).toLowerCase();
const hasWord = (title: string, word: string): boolean =>
  ` ${normalise(title).replace(/[^a-z0-9]+/g, ' ')} `.includes(` ${normalise(word)} `);

function expectWellFormedProject(project: DemoProject): void {
  expect(project.slug).toMatch(SLUG_PATTERN);
  expect(PROJECT_CATEGORIES).toContain(project.category);
  expect(PROJECT_STATUSES).toContain(project.status);
  expect(project.title.length).toBeGreaterThan(5);
  expect(project.summary.length).toBeGreaterThan(20);
  expect(paragraphCount(project.description)).toBeGreaterThanOrEqual(3);
  expect(paragraphCount(project.description)).toBeLessThanOrEqual(6);
  expect(project.createdDaysAgo).toBeGreaterThanOrEqual(0);
  expect(project.location.name.length).toBeGreaterThan(0);
  const { lat, lng } = project.location;
  if (lat !== undefined && lng !== undefined) {
    // Metropolitan France and Corsica.
    expect(lat).toBeGreaterThan(41.3);
    expect(lat).toBeLessThan(51.2);
    expect(lng).toBeGreaterThan(-5.2);
    expect(lng).toBeLessThan(9.6);
  }
}

describe('demo content', () => {
  it('has enough projects, concepts and links', () => {
    expect(demoProjects.length).toBeGreaterThanOrEqual(14);
    expect(demoConcepts.length).toBeGreaterThanOrEqual(7);
    expect(demoConceptLinks.length).toBeGreaterThanOrEqual(16);
  });

  it('gives every project and concept a unique, URL-safe slug', () => {
    for (const slugs of [demoProjects.map((p) => p.slug), demoConcepts.map((c) => c.slug)]) {
      expect(new Set(slugs).size).toBe(slugs.length);
      for (const slug of slugs) expect(slug).toMatch(SLUG_PATTERN);
    }
  });

  it('writes well-formed projects in every category', () => {
    for (const project of demoProjects) expectWellFormedProject(project);
    expect(new Set(demoProjects.map((p) => p.category))).toEqual(new Set(PROJECT_CATEGORIES));
    expect(new Set(demoProjects.map((p) => p.status))).toEqual(new Set(PROJECT_STATUSES));
  });

  it('has accented words in titles, to show accent-insensitive search', () => {
    const titles = demoProjects.map((p) => p.title);
    for (const word of ['Élevage', 'Béal', 'Forêt-jardin', 'Semences paysannes', 'Eau', 'Biodynamie']) {
      expect(titles.some((title) => title.toLowerCase().includes(word.toLowerCase())), word).toBe(true);
    }
  });

  it('gives every concept a body, an era, tags and https sources', () => {
    for (const concept of demoConcepts) {
      expect(paragraphCount(concept.body)).toBeGreaterThanOrEqual(3);
      expect(concept.era.length).toBeGreaterThan(0);
      expect(concept.tags.length).toBeGreaterThan(0);
      expect(concept.sources.length).toBeGreaterThan(0);
      for (const source of concept.sources) expect(() => new URL(source.url)).not.toThrow();
      for (const source of concept.sources) expect(source.url.startsWith('https://')).toBe(true);
    }
  });

  it('links only existing slugs, each pair once, with a sentence', () => {
    const projectSlugs = new Set(demoProjects.map((p) => p.slug));
    const conceptSlugs = new Set(demoConcepts.map((c) => c.slug));
    for (const link of demoConceptLinks) {
      expect(conceptSlugs.has(link.conceptSlug), link.conceptSlug).toBe(true);
      expect(projectSlugs.has(link.projectSlug), link.projectSlug).toBe(true);
      expect(link.label).toMatch(/\.$/);
    }
    const pairs = demoConceptLinks.map((l) => `${l.conceptSlug} ${l.projectSlug}`);
    expect(new Set(pairs).size).toBe(pairs.length);
  });

  it('links every concept at least once', () => {
    const linked = new Set(demoConceptLinks.map((l) => l.conceptSlug));
    for (const concept of demoConcepts) expect(linked.has(concept.slug), concept.slug).toBe(true);
  });

  it('opens the general thread "Place du village" with sample messages', () => {
    expect(demoThreads.map((t) => t.title)).toContain('Place du village');
    for (const thread of demoThreads) {
      expect(thread.messages.length).toBeGreaterThanOrEqual(2);
      expect(thread.messages.length).toBeLessThanOrEqual(3);
    }
  });
});

describe('slugify', () => {
  it('removes accents, ligatures and punctuation', () => {
    expect(slugify('Forêt-jardin : Œuvre du Béal à Saint-Jean')).toBe('foret-jardin-oeuvre-du-beal-a-saint-jean');
    expect(slugify("  L'Eau, d'abord !  ")).toBe('l-eau-d-abord');
    expect(slugify('???')).toBe('sans-titre');
  });
});

describe('project generator', () => {
  it('is lazy: it yields projects one at a time', () => {
    const projects = generateProjects({ count: 1_000_000_000, seed: 1 });
    expect(Array.isArray(projects)).toBe(false);
    expect(take(projects, 3)).toHaveLength(3);
  });

  it('gives the same projects for the same seed', () => {
    expect(take(generateProjects({ count: 300, seed: 42 }), 300)).toEqual(
      take(generateProjects({ count: 300, seed: 42 }), 300),
    );
  });

  it('gives different projects for different seeds', () => {
    const titles = (seed: number) => take(generateProjects({ count: 50, seed }), 50).map((p) => p.title);
    expect(titles(1)).not.toEqual(titles(2));
  });

  it('makes project i the same whether generated alone or in sequence', () => {
    const sequence = take(generateProjects({ count: 40, seed: 9 }), 40);
    for (const [index, project] of sequence.entries()) expect(generateProjectAt(9, index)).toEqual(project);
  });

  it('writes well-formed projects covering every category and status', () => {
    const projects = take(generateProjects({ count: 2_000, seed: 5 }), 2_000);
    for (const project of projects) expectWellFormedProject(project);
    expect(new Set(projects.map((p) => p.category))).toEqual(new Set(PROJECT_CATEGORIES));
    expect(new Set(projects.map((p) => p.status))).toEqual(new Set(PROJECT_STATUSES));
    expect(new Set(projects.map((p) => p.title)).size).toBeGreaterThan(1_500);
    // Leftover placeholders, double spaces, and French elisions or contractions gone wrong ("de Anduze", "à Le Vigan").
    const slip = /undefined|NaN|\$\{| {2}|(?<=\s|^)(de|que) [aeiouyéèêAEIOUYÉ]|(?<=\s)(de|à) les? [A-ZÉ]/u;
    for (const project of projects) {
      for (const text of [project.title, project.summary, project.description]) expect(text).not.toMatch(slip);
    }
  });

  it('has frequent common words and rare rare words in titles', () => {
    const titles = take(generateProjects({ count: 10_000, seed: 3 }), 10_000).map((p) => p.title);
    const share = (word: string) => titles.filter((title) => hasWord(title, word)).length / titles.length;
    expect(share('jardin')).toBeGreaterThan(0.05);
    expect(share('eau')).toBeGreaterThan(0.02);
    expect(share('ferme')).toBeGreaterThan(0.02);
    for (const word of ['chervis', 'amidonnier', 'Sartène', 'agouille']) expect(share(word), word).toBeLessThan(0.005);
  });

  // About 1.2 s on an idle 2-core machine; not asserted, the machine is shared.
  it('makes 100,000 unique, URL-safe slugs', () => {
    const slugs = new Set<string>();
    let count = 0;
    for (const project of generateProjects({ count: 100_000, seed: 2026 })) {
      slugs.add(project.slug);
      count++;
    }
    expect(count).toBe(100_000);
    expect(slugs.size).toBe(100_000);
    for (const slug of slugs) expect(SLUG_PATTERN.test(slug)).toBe(true);
  }, 60_000);
});

describe('concept generator', () => {
  it('is deterministic, differs across seeds and keeps 300 slugs unique', () => {
    const concepts = take(generateConcepts({ count: 300, seed: 4 }), 300);
    expect(take(generateConcepts({ count: 300, seed: 4 }), 300)).toEqual(concepts);
    expect(take(generateConcepts({ count: 20, seed: 5 }), 20).map((c) => c.title)).not.toEqual(
      concepts.slice(0, 20).map((c) => c.title),
    );
    expect(new Set(concepts.map((c) => c.slug)).size).toBe(300);
    expect(new Set(concepts.map((c) => c.title)).size).toBe(300);
    for (const [index, concept] of concepts.entries()) {
      expect(concept.slug).toMatch(SLUG_PATTERN);
      expect(paragraphCount(concept.body)).toBeGreaterThanOrEqual(3);
      expect(concept.sources[0]?.url).toMatch(/^https:\/\//);
      if (index % 37 === 0) expect(generateConceptAt(4, index)).toEqual(concept);
    }
  });
});

describe('sample queries', () => {
  const queries = sampleQueries(7, 120, { projectCount: 5_000 });

  it('mixes every kind of query and is deterministic', () => {
    expect(queries).toHaveLength(120);
    expect(new Set(queries.map((q) => q.kind))).toEqual(new Set(QUERY_KINDS));
    expect(sampleQueries(7, 120, { projectCount: 5_000 })).toEqual(queries);
    expect(sampleQueries(8, 120, { projectCount: 5_000 })).not.toEqual(queries);
  });

  it('names an existing project for title-based queries', () => {
    for (const query of queries.filter((q) => q.expectedSlug !== undefined)) {
      const index = Number(query.expectedSlug?.split('-').pop()) - 1;
      expect(index).toBeGreaterThanOrEqual(0);
      expect(index).toBeLessThan(5_000);
      const project = generateProjectAt(7, index);
      expect(project.slug).toBe(query.expectedSlug);
      if (query.kind === 'exact-title') expect(query.query).toBe(project.title);
      if (query.kind === 'typo') expect(query.query).not.toBe(project.title);
      if (query.kind === 'no-accents') expect(normalise(query.query)).toBe(normalise(project.title));
    }
  });

  it('writes accent-free queries without accents', () => {
    for (const query of queries.filter((q) => q.kind === 'no-accents')) {
      expect(stripAccents(query.query)).toBe(query.query);
    }
  });

  it('misspells one word by one edit', () => {
    const rng = new Rng(1);
    for (let i = 0; i < 200; i++) {
      const misspelt = misspell('Restauration du béal de Saint-Martin', rng);
      expect(misspelt).not.toBe('Restauration du béal de Saint-Martin');
      expect(Math.abs(misspelt.length - 'Restauration du béal de Saint-Martin'.length)).toBeLessThanOrEqual(1);
    }
  });
});
