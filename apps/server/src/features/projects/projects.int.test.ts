import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiPath, pathWith } from '@egoejo/contracts';
import { makeAdmin, makeMember, makeModerator, type TestUser, uniqueIp } from '../../../test/factories';
import { type TestApp, createTestApp } from '../../../test/harness';
import { makeMediaRows, makeProject } from '../../../test/project-factories';

let t: TestApp;
let moderator: TestUser;
let member: TestUser;
let otherMember: TestUser;
beforeAll(async () => {
  t = await createTestApp();
  [moderator, member, otherMember] = [await makeModerator(t), await makeMember(t), await makeMember(t)];
}, 120_000);
afterAll(() => t.close());

const projectUrl = (slug: string) => pathWith(ApiPath.project, { slug });
const get = (url: string, user?: TestUser) => t.app.inject({ method: 'GET', url, headers: user?.auth ?? {} });
const create = (payload: Record<string, unknown>, user?: TestUser) =>
  t.app.inject({ method: 'POST', url: ApiPath.projects, headers: user?.auth ?? {}, remoteAddress: uniqueIp(), payload });
const patch = (slug: string, payload: Record<string, unknown>, user?: TestUser) =>
  t.app.inject({ method: 'PATCH', url: projectUrl(slug), headers: user?.auth ?? {}, payload });

describe('creating projects', () => {
  it('publishes a moderator’s project with a slug made from the title, accents removed', async () => {
    const reply = await create({ title: 'Forêt-jardin des Écoliers', category: 'biodiversite', summary: 'Un verger-potager.' }, moderator);
    expect(reply.statusCode).toBe(201);
    expect(reply.json().project).toMatchObject({ slug: 'foret-jardin-des-ecoliers', published: true, status: 'idea', author: { id: moderator.id } });
  });

  it('adds a numeric suffix when the slug is taken', async () => {
    const first = await makeProject(t, { title: 'Mare pédagogique' });
    const second = await makeProject(t, { title: 'Mare Pédagogique !' });
    const third = await makeProject(t, { title: 'mare pedagogique' });
    expect([first.slug, second.slug, third.slug]).toEqual(['mare-pedagogique', 'mare-pedagogique-2', 'mare-pedagogique-3']);
  });

  it('refuses a slug asked for that is already used', async () => {
    await makeProject(t, { title: 'Rucher école', slug: 'rucher' });
    const reply = await create({ title: 'Autre rucher', slug: 'rucher', category: 'biodiversite' }, moderator);
    expect(reply.statusCode).toBe(409);
    expect(reply.json().error.code).toBe('slug_taken');
  });

  it('keeps a member’s project as an unpublished proposal', async () => {
    const reply = await create({ title: 'Proposition de compost', category: 'agriculture' }, member);
    expect(reply.statusCode).toBe(201);
    expect(reply.json().project.published).toBe(false);
  });

  it('refuses a member who tries to publish directly', async () => {
    const reply = await create({ title: 'Publié tout seul', category: 'agriculture', published: true }, member);
    expect(reply.statusCode).toBe(403);
  });

  it('asks visitors to sign in', async () => {
    const reply = await create({ title: 'Anonyme', category: 'agriculture' });
    expect(reply.statusCode).toBe(401);
  });

  it('stores the location, cover and gallery as given', async () => {
    const [cover, first, second] = await makeMediaRows(t, 3);
    const project = await makeProject(t, {
      title: 'Moulin à eau',
      location: { name: 'Die', lat: 44.75, lng: 5.37 },
      coverMediaId: cover,
      galleryMediaIds: [second!, first!],
      description: '# Titre\n\n<script>alert(1)</script> texte',
    });
    expect(project).toMatchObject({ location: { name: 'Die', lat: 44.75, lng: 5.37 }, coverMediaId: cover, galleryMediaIds: [second, first] });
    // Stored as written: the web app renders it as text, never as HTML.
    expect(project.description).toBe('# Titre\n\n<script>alert(1)</script> texte');
  });

  it('refuses media ids that do not exist (422, nothing stored)', async () => {
    const reply = await create({ title: 'Galerie fantôme', category: 'eau', galleryMediaIds: [987654] }, moderator);
    expect(reply.statusCode).toBe(422);
    expect(reply.json().error.code).toBe('unknown_media');
    expect((await get(projectUrl('galerie-fantome'))).statusCode).toBe(404);
  });

  it.each([
    ['no title', { category: 'eau' }, 'title'],
    ['an unknown category', { title: 'Projet', category: 'fusées' }, 'category'],
    ['an unknown status', { title: 'Projet', category: 'eau', status: 'abandoned' }, 'status'],
    ['a bad slug', { title: 'Projet', category: 'eau', slug: 'Pas Un Slug' }, 'slug'],
    ['a latitude out of range', { title: 'Projet', category: 'eau', location: { name: 'X', lat: 123 } }, 'location.lat'],
    ['a bad media id', { title: 'Projet', category: 'eau', galleryMediaIds: ['x'] }, 'galleryMediaIds.0'],
  ])('names the field when given %s', async (_label, payload, field) => {
    const reply = await create(payload, moderator);
    expect(reply.statusCode).toBe(400);
    expect(reply.json().error.details.map((d: { field: string }) => d.field)).toContain(field);
  });
});

describe('reading projects', () => {
  it('shows a published project with its gallery and concepts to visitors', async () => {
    const [media] = await makeMediaRows(t, 1);
    const project = await makeProject(t, { title: 'Grainothèque du village', galleryMediaIds: [media!] });
    const reply = await get(projectUrl(project.slug));
    expect(reply.statusCode).toBe(200);
    expect(reply.json().project).toMatchObject({ slug: project.slug, galleryMediaIds: [media], concepts: [] });
  });

  it('hides a proposal from visitors and other members, not from its author or moderators', async () => {
    const proposal = (await create({ title: 'Proposition cachée', category: 'eau' }, member)).json().project;
    expect((await get(projectUrl(proposal.slug))).statusCode).toBe(404);
    expect((await get(projectUrl(proposal.slug), otherMember)).statusCode).toBe(404);
    expect((await get(projectUrl(proposal.slug), member)).statusCode).toBe(200);
    expect((await get(projectUrl(proposal.slug), moderator)).statusCode).toBe(200);
  });

  it('answers 404 for an unknown slug and 400 for a malformed one', async () => {
    expect((await get(projectUrl('nexiste-pas'))).statusCode).toBe(404);
    expect((await get('/api/projects/%20%27%3B--')).statusCode).toBe(400);
  });
});

describe('listing projects', () => {
  let t2: TestApp;
  beforeAll(async () => {
    t2 = await createTestApp();
    for (let i = 1; i <= 5; i++) await makeProject(t2, { title: `Verger ${i}`, category: i % 2 ? 'agriculture' : 'eau', status: i === 5 ? 'active' : 'idea' });
  }, 120_000);
  afterAll(() => t2.close());

  it('pages newest first with an opaque cursor', async () => {
    const first = (await t2.app.inject({ method: 'GET', url: `${ApiPath.projects}?limit=2` })).json();
    expect(first.items.map((p: { title: string }) => p.title)).toEqual(['Verger 5', 'Verger 4']);
    const second = (await t2.app.inject({ method: 'GET', url: `${ApiPath.projects}?limit=2&cursor=${first.nextCursor}` })).json();
    expect(second.items.map((p: { title: string }) => p.title)).toEqual(['Verger 3', 'Verger 2']);
    const third = (await t2.app.inject({ method: 'GET', url: `${ApiPath.projects}?limit=2&cursor=${second.nextCursor}` })).json();
    expect(third).toMatchObject({ items: [{ title: 'Verger 1' }], nextCursor: null });
  });

  it('filters by category, status and text', async () => {
    const byCategory = (await t2.app.inject({ method: 'GET', url: `${ApiPath.projects}?category=eau` })).json();
    expect(byCategory.items.map((p: { title: string }) => p.title)).toEqual(['Verger 4', 'Verger 2']);
    const byStatus = (await t2.app.inject({ method: 'GET', url: `${ApiPath.projects}?status=active` })).json();
    expect(byStatus.items.map((p: { title: string }) => p.title)).toEqual(['Verger 5']);
    const byText = (await t2.app.inject({ method: 'GET', url: `${ApiPath.projects}?q=vergr&category=agriculture` })).json();
    expect(byText.items.map((p: { title: string }) => p.title)).toEqual(['Verger 5', 'Verger 3', 'Verger 1']);
    const nothing = (await t2.app.inject({ method: 'GET', url: `${ApiPath.projects}?q=potager` })).json();
    expect(nothing.items).toEqual([]);
  });

  it('lists proposals to moderators (all) and members (their own), not to visitors', async () => {
    const author = await makeMember(t2);
    const mine = (await t2.app.inject({ method: 'POST', url: ApiPath.projects, headers: author.auth, payload: { title: 'Ma proposition', category: 'eau' } })).json().project;
    const url = `${ApiPath.projects}?visibility=proposals`;
    expect((await t2.app.inject({ method: 'GET', url })).statusCode).toBe(401);
    const own = (await t2.app.inject({ method: 'GET', url, headers: author.auth })).json();
    expect(own.items.map((p: { id: number }) => p.id)).toEqual([mine.id]);
    const stranger = await makeMember(t2);
    expect((await t2.app.inject({ method: 'GET', url, headers: stranger.auth })).json().items).toEqual([]);
    const moderatorView = (await t2.app.inject({ method: 'GET', url, headers: (await makeModerator(t2)).auth })).json();
    expect(moderatorView.items.map((p: { id: number }) => p.id)).toEqual([mine.id]);
    expect((await t2.app.inject({ method: 'GET', url: ApiPath.projects })).json().items.map((p: { id: number }) => p.id)).not.toContain(mine.id);
  });

  it.each([
    ['a tampered cursor', '?cursor=bm9wZQ'],
    ['a limit too large', '?limit=500'],
    ['an unknown category', '?category=lune'],
    ['a one-letter query', '?q=a'],
  ])('rejects %s with 400', async (_label, query) => {
    const reply = await t2.app.inject({ method: 'GET', url: `${ApiPath.projects}${query}` });
    expect(reply.statusCode).toBe(400);
  });
});

describe('editing and deleting', () => {
  it('lets a member edit their own proposal but not publish it', async () => {
    const proposal = (await create({ title: 'Haie champêtre', category: 'biodiversite' }, member)).json().project;
    const edited = await patch(proposal.slug, { summary: 'Planter 2 km de haies.' }, member);
    expect(edited.statusCode).toBe(200);
    expect(edited.json().project.summary).toBe('Planter 2 km de haies.');
    expect((await patch(proposal.slug, { published: true }, member)).statusCode).toBe(403);
  });

  it('refuses a member editing another member’s project (403)', async () => {
    const proposal = (await create({ title: 'Jardin de Zoé', category: 'agriculture' }, otherMember)).json().project;
    // A moderator publishes it so that the member can see it: the refusal is about permission, not visibility.
    expect((await patch(proposal.slug, { published: true }, moderator)).json().project.published).toBe(true);
    const reply = await patch(proposal.slug, { title: 'Volé' }, member);
    expect(reply.statusCode).toBe(403);
    expect(reply.json().error.code).toBe('forbidden');
  });

  it('refuses a member editing their own project once published', async () => {
    const proposal = (await create({ title: 'Serre partagée', category: 'agriculture' }, member)).json().project;
    await patch(proposal.slug, { published: true }, moderator);
    expect((await patch(proposal.slug, { summary: 'changé' }, member)).statusCode).toBe(403);
  });

  it('lets an admin change anything, slug included, and keeps the old slug free', async () => {
    const project = await makeProject(t, { title: 'Four à pain' });
    const admin = await makeAdmin(t);
    const reply = await patch(project.slug, { slug: 'four-a-pain-collectif', status: 'completed' }, admin);
    expect(reply.json().project).toMatchObject({ slug: 'four-a-pain-collectif', status: 'completed' });
    expect((await get(projectUrl(project.slug))).statusCode).toBe(404);
  });

  it.each([
    ['an empty body', {}],
    ['a title too short', { title: 'x' }],
    ['a wrong type', { published: 'yes' }],
  ])('rejects %s with 400', async (_label, payload) => {
    const project = await makeProject(t, { title: `Bac à sable ${Math.random()}` });
    expect((await patch(project.slug, payload, moderator)).statusCode).toBe(400);
  });

  it('deletes for moderators only', async () => {
    const project = await makeProject(t, { title: 'Éphémère' });
    const url = projectUrl(project.slug);
    expect((await t.app.inject({ method: 'DELETE', url })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'DELETE', url, headers: member.auth })).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'DELETE', url, headers: moderator.auth })).statusCode).toBe(204);
    expect((await get(url)).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'DELETE', url, headers: moderator.auth })).statusCode).toBe(404);
  });
});

describe('personal data', () => {
  it('exports a person’s projects, and erasure deletes their unpublished proposals only', async () => {
    const author = await makeMember(t);
    const proposal = (await create({ title: 'Brouillon privé', category: 'eau' }, author)).json().project;
    const published = (await create({ title: 'Projet partagé', category: 'eau' }, author)).json().project;
    await patch(published.slug, { published: true }, moderator);
    const owner = { userId: author.id, email: author.email };
    const exported = await t.db.transaction().execute((tx) => t.ctx.personalData.exportAll(tx, owner));
    expect((exported.projects as { slug: string }[]).map((p) => p.slug)).toEqual([proposal.slug, published.slug]);
    await t.db.transaction().execute((tx) => t.ctx.personalData.eraseAll(tx, owner));
    expect((await get(projectUrl(proposal.slug), moderator)).statusCode).toBe(404);
    expect((await get(projectUrl(published.slug))).statusCode).toBe(200);
  });
});
