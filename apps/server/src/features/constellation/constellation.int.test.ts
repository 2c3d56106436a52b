import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiPath, type Constellation, pathWith } from '@egoejo/contracts';
import { makeModerator, type TestUser, uniqueIp } from '../../../test/factories';
import { type TestApp, createTestApp } from '../../../test/harness';
import { makeProject } from '../../../test/project-factories';
import { seedDemoProjectsAndRoots } from '../projects/demo-seed';
import { invalidationTopic } from './service';

let t: TestApp;
let moderator: TestUser;
beforeAll(async () => {
  t = await createTestApp();
  moderator = await makeModerator(t);
  expect(await seedDemoProjectsAndRoots(t.db)).toBe(true);
}, 120_000);
afterAll(() => t.close());

const graph = async () => {
  const reply = await t.app.inject({ method: 'GET', url: ApiPath.constellation });
  expect(reply.statusCode).toBe(200);
  return reply.json() as Constellation;
};

describe('constellation', () => {
  it('draws the demo concepts and the published projects they inspire, with stable ids', async () => {
    const { nodes, links } = await graph();
    expect(nodes.filter((n) => n.kind === 'concept').length).toBeGreaterThan(0);
    expect(links.length).toBeGreaterThan(0);
    const ids = new Set(nodes.map((n) => n.id));
    for (const link of links) expect(ids.has(link.source) && ids.has(link.target)).toBe(true);
    for (const node of nodes) expect(node.id).toMatch(/^(concept|project):\d+$/);
    // Most linked first, among concepts.
    const weights = nodes.filter((n) => n.kind === 'concept').map((n) => n.weight);
    expect(weights).toEqual([...weights].sort((a, b) => b - a));
  });

  it('does not write the demo catalogue twice', async () => {
    expect(await seedDemoProjectsAndRoots(t.db)).toBe(false);
  });

  it('is cached, and dropped when a link changes', async () => {
    const before = await graph();
    const project = await makeProject(t, { title: 'Forêt nourricière de Saillans' });
    const concept = before.nodes.find((n) => n.kind === 'concept')!;
    // A project without links changes nothing visible; the cached graph is served as is.
    expect(await graph()).toEqual(before);
    await t.app.inject({
      method: 'POST',
      url: pathWith(ApiPath.conceptProjects, { slug: concept.slug }),
      headers: moderator.auth,
      remoteAddress: uniqueIp(),
      payload: { projectSlug: project.slug, label: 'Une forêt qui nourrit.' },
    });
    const after = await graph();
    expect(after.nodes.map((n) => n.id)).toContain(`project:${project.id}`);
    expect(after.links).toContainEqual({ source: concept.id, target: `project:${project.id}`, label: 'Une forêt qui nourrit.' });
  });

  it('drops the cache when another process announces a change', async () => {
    const before = await graph();
    // Another process wrote directly to the database, then published the invalidation.
    await t.db.deleteFrom('concept_project_links').execute();
    expect(await graph()).toEqual(before);
    await t.ctx.pubsub.publish(invalidationTopic, { at: Date.now() });
    expect((await graph()).links).toEqual([]);
  });

  it('keeps proposals out', async () => {
    const proposalIds = (await t.db.selectFrom('projects').select('id').where('published', '=', false).execute()).map((r) => `project:${r.id}`);
    const ids = (await graph()).nodes.map((n) => n.id);
    for (const id of proposalIds) expect(ids).not.toContain(id);
  });
});
