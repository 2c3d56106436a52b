import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiPath, pathWith } from '@egoejo/contracts';
import { makeMember, makeModerator, type TestUser, uniqueIp } from '../../../test/factories';
import { type TestApp, createTestApp } from '../../../test/harness';
import { makeProject } from '../../../test/project-factories';

let t: TestApp;
let moderator: TestUser;
let member: TestUser;
beforeAll(async () => {
  t = await createTestApp();
  [moderator, member] = [await makeModerator(t), await makeMember(t)];
}, 120_000);
afterAll(() => t.close());

const conceptUrl = (slug: string) => pathWith(ApiPath.concept, { slug });
const linksUrl = (slug: string) => pathWith(ApiPath.conceptProjects, { slug });
const send = (method: 'POST' | 'PATCH' | 'DELETE' | 'GET', url: string, user?: TestUser, payload?: Record<string, unknown>) =>
  t.app.inject({ method, url, headers: user?.auth ?? {}, remoteAddress: uniqueIp(), ...(payload === undefined ? {} : { payload }) });
const createConcept = (payload: Record<string, unknown>, user: TestUser = moderator) => send('POST', ApiPath.concepts, user, payload);

const steiner = {
  title: 'Agriculture biodynamique',
  summary: 'Issue du Cours aux agriculteurs de Rudolf Steiner.',
  body: 'Koberwitz, 1924.\n\nHuit conférences.',
  era: '1924',
  sources: [{ label: 'Demeter', url: 'https://www.demeter.fr/' }],
  tags: ['Steiner', 'sol', 'sol'],
};

describe('concepts', () => {
  it('lets a moderator create a concept, with a slug from the title and tags cleaned', async () => {
    const reply = await createConcept(steiner);
    expect(reply.statusCode).toBe(201);
    expect(reply.json().concept).toMatchObject({ slug: 'agriculture-biodynamique', era: '1924', tags: ['steiner', 'sol'], projects: [] });
    const again = await createConcept({ ...steiner, title: 'Agriculture Biodynamique !' });
    expect(again.json().concept.slug).toBe('agriculture-biodynamique-2');
  });

  it('refuses visitors (401) and members (403)', async () => {
    expect((await send('POST', ApiPath.concepts, undefined, steiner)).statusCode).toBe(401);
    expect((await createConcept(steiner, member)).statusCode).toBe(403);
    expect((await send('PATCH', conceptUrl('agriculture-biodynamique'), member, { era: '1925' })).statusCode).toBe(403);
    expect((await send('DELETE', conceptUrl('agriculture-biodynamique'), member)).statusCode).toBe(403);
  });

  it.each([
    ['no title', { summary: 'x' }, 'title'],
    ['a source that is not a web link', { title: 'Permaculture', sources: [{ label: 'x', url: 'javascript:alert(1)' }] }, 'sources.0.url'],
    ['too many tags', { title: 'Permaculture', tags: Array.from({ length: 21 }, (_, i) => `t${i}`) }, 'tags'],
  ])('names the field when given %s', async (_label, payload, field) => {
    const reply = await createConcept(payload);
    expect(reply.statusCode).toBe(400);
    expect(reply.json().error.details.map((d: { field: string }) => d.field)).toContain(field);
  });

  it('pages the list newest first and filters by tag', async () => {
    await createConcept({ title: 'Permaculture', tags: ['design'] });
    await createConcept({ title: 'Agroforesterie', tags: ['arbres', 'design'] });
    const first = (await send('GET', `${ApiPath.concepts}?limit=1&tag=design`)).json();
    expect(first.items.map((c: { title: string }) => c.title)).toEqual(['Agroforesterie']);
    const second = (await send('GET', `${ApiPath.concepts}?limit=1&tag=design&cursor=${first.nextCursor}`)).json();
    expect(second).toMatchObject({ items: [{ title: 'Permaculture' }], nextCursor: null });
    expect((await send('GET', `${ApiPath.concepts}?cursor=%%%`)).statusCode).toBe(400);
    expect((await send('GET', `${ApiPath.concepts}?limit=0`)).statusCode).toBe(400);
  });

  it('edits and deletes, 404 for an unknown slug, 409 for a taken one', async () => {
    await createConcept({ title: 'Compagnonnage végétal' });
    const edited = await send('PATCH', conceptUrl('compagnonnage-vegetal'), moderator, { era: 'XXe siècle', slug: 'compagnonnage' });
    expect(edited.json().concept).toMatchObject({ slug: 'compagnonnage', era: 'XXe siècle' });
    expect((await send('PATCH', conceptUrl('compagnonnage'), moderator, { slug: 'permaculture' })).statusCode).toBe(409);
    expect((await send('PATCH', conceptUrl('compagnonnage'), moderator, {})).statusCode).toBe(400);
    expect((await send('PATCH', conceptUrl('nulle-part'), moderator, { era: '1' })).statusCode).toBe(404);
    expect((await send('DELETE', conceptUrl('compagnonnage'), moderator)).statusCode).toBe(204);
    expect((await send('GET', conceptUrl('compagnonnage'))).statusCode).toBe(404);
  });
});

describe('links between concepts and projects', () => {
  it('links, relabels and unlinks; the project page lists its concepts', async () => {
    await createConcept({ title: 'Semences libres' });
    const project = await makeProject(t, { title: 'Maison des semences du Diois' });
    const linked = await send('POST', linksUrl('semences-libres'), moderator, { projectSlug: project.slug, label: 'Elle reproduit des variétés libres.' });
    expect(linked.statusCode).toBe(200);
    expect(linked.json().concept.projects).toEqual([
      { id: project.id, slug: project.slug, title: project.title, summary: '', label: 'Elle reproduit des variétés libres.' },
    ]);
    await send('POST', linksUrl('semences-libres'), moderator, { projectSlug: project.slug, label: 'Nouveau libellé.' });
    const page = (await send('GET', pathWith(ApiPath.project, { slug: project.slug }))).json().project;
    expect(page.concepts).toEqual([{ id: expect.any(Number), slug: 'semences-libres', title: 'Semences libres', label: 'Nouveau libellé.' }]);
    const unlinkUrl = pathWith(ApiPath.conceptProject, { slug: 'semences-libres', projectSlug: project.slug });
    expect((await send('DELETE', unlinkUrl, member)).statusCode).toBe(403);
    expect((await send('DELETE', unlinkUrl, moderator)).statusCode).toBe(204);
    expect((await send('DELETE', unlinkUrl, moderator)).statusCode).toBe(404);
  });

  it('shows only published projects of a concept to visitors', async () => {
    await createConcept({ title: 'Sobriété heureuse' });
    const proposal = (await send('POST', ApiPath.projects, member, { title: 'Atelier réparation', category: 'transmission' })).json().project;
    await send('POST', linksUrl('sobriete-heureuse'), moderator, { projectSlug: proposal.slug, label: 'Réparer plutôt que jeter.' });
    expect((await send('GET', conceptUrl('sobriete-heureuse'))).json().concept.projects).toEqual([]);
    expect((await send('GET', conceptUrl('sobriete-heureuse'), moderator)).json().concept.projects).toHaveLength(1);
  });

  it('refuses bad links: unknown project or concept (404), missing label (400), members (403), visitors (401)', async () => {
    expect((await send('POST', linksUrl('semences-libres'), moderator, { projectSlug: 'inconnu', label: 'x' })).statusCode).toBe(404);
    expect((await send('POST', linksUrl('inconnu'), moderator, { projectSlug: 'inconnu', label: 'x' })).statusCode).toBe(404);
    expect((await send('POST', linksUrl('semences-libres'), moderator, { projectSlug: 'maison-des-semences-du-diois' })).statusCode).toBe(400);
    expect((await send('POST', linksUrl('semences-libres'), member, { projectSlug: 'x', label: 'x' })).statusCode).toBe(403);
    expect((await send('POST', linksUrl('semences-libres'), undefined, { projectSlug: 'x', label: 'x' })).statusCode).toBe(401);
  });
});
