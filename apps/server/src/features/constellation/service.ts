import type { Constellation } from '@egoejo/contracts';
import type { AppContext } from '../../platform/context';
import { findLinksBetween, findTopConcepts, findTopLinkedProjects } from './store';

/** Small enough for a phone to draw at 60 fps and download in one request. */
export const maxConcepts = 120;
export const maxProjects = 240;

/**
 * The graph is cached in memory per process and dropped on any change to projects, concepts or links.
 * Several processes each keep their own copy: a change is announced on the pub/sub topic below (Redis
 * when REDIS_URL is set), and every process, the writer included, drops its copy when it hears it.
 */
export const invalidationTopic = 'constellation:invalidate';

const caches = new WeakMap<AppContext, { graph: Promise<Constellation> | null }>();

function cacheOf(ctx: AppContext) {
  let cache = caches.get(ctx);
  if (!cache) caches.set(ctx, (cache = { graph: null }));
  return cache;
}

async function buildConstellation(ctx: AppContext): Promise<Constellation> {
  const concepts = await findTopConcepts(ctx.db, maxConcepts);
  const conceptIds = concepts.map((c) => c.id);
  const projects = conceptIds.length ? await findTopLinkedProjects(ctx.db, conceptIds, maxProjects) : [];
  const projectIds = projects.map((p) => p.id);
  const links = projectIds.length ? await findLinksBetween(ctx.db, conceptIds, projectIds) : [];
  return {
    nodes: [
      ...concepts.map((c) => ({ id: `concept:${c.id}`, kind: 'concept' as const, slug: c.slug, title: c.title, weight: Number(c.weight) })),
      ...projects.map((p) => ({ id: `project:${p.id}`, kind: 'project' as const, slug: p.slug, title: p.title, weight: Number(p.weight) })),
    ],
    links: links.map((l) => ({ source: `concept:${l.concept_id}`, target: `project:${l.project_id}`, label: l.label })),
  };
}

export function getConstellation(ctx: AppContext): Promise<Constellation> {
  const cache = cacheOf(ctx);
  if (!cache.graph) {
    const graph = buildConstellation(ctx);
    cache.graph = graph;
    // A failed build must not stay cached.
    graph.catch(() => {
      if (cache.graph === graph) cache.graph = null;
    });
  }
  return cache.graph;
}

/** Called by every write to projects, concepts or links. */
export async function invalidateConstellation(ctx: AppContext): Promise<void> {
  cacheOf(ctx).graph = null;
  await ctx.pubsub.publish(invalidationTopic, { at: Date.now() });
}

/** Subscribes this process to invalidations from the others; returns the unsubscribe function. */
export function listenForInvalidations(ctx: AppContext): Promise<() => Promise<void>> {
  return ctx.pubsub.subscribe(invalidationTopic, () => {
    cacheOf(ctx).graph = null;
  });
}
