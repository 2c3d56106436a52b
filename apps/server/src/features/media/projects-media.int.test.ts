import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiPath, pathWith } from '@egoejo/contracts';
import { makeMember, makeModerator, uniqueIp } from '../../../test/factories';
import { type TestApp, createTestApp } from '../../../test/harness';
import { pngImage } from '../../../test/images';
import { mediaTestEnv, uploadImage } from '../../../test/media';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp(mediaTestEnv);
});
afterAll(() => t.close());

async function proposeProject(auth: { authorization: string }, body: Record<string, unknown> = {}) {
  const reply = await t.app.inject({ method: 'POST', url: ApiPath.projects, remoteAddress: uniqueIp(), headers: auth, payload: { title: `Verger partagé ${Math.random()}`, category: 'agriculture', ...body } });
  expect(reply.statusCode, reply.body).toBe(201);
  return reply.json().project as { id: number; slug: string; coverMediaId: number | null };
}

const projectIdOfMedia = async (id: number) => (await t.db.selectFrom('media').select('project_id').where('id', '=', id).executeTakeFirstOrThrow()).project_id;

describe('images of projects', () => {
  it('attaches an upload to a project its author or a moderator names, and refuses other members', async () => {
    const author = await makeMember(t);
    const project = await proposeProject(author.auth);
    const own = await uploadImage(t, author, await pngImage(60, 40), { projectSlug: project.slug });
    expect(own.statusCode).toBe(201);
    expect(await projectIdOfMedia(own.json().id)).toBe(project.id);
    const other = await uploadImage(t, await makeMember(t), await pngImage(61, 40), { projectSlug: project.slug });
    expect(other.statusCode).toBe(404);
    const byModerator = await uploadImage(t, await makeModerator(t), await pngImage(62, 40), { projectSlug: project.slug });
    expect(byModerator.statusCode).toBe(201);
  });

  it('clears a project cover when its image is deleted', async () => {
    const author = await makeMember(t);
    const image = (await uploadImage(t, author, await pngImage(63, 40))).json();
    const project = await proposeProject(author.auth, { coverMediaId: image.id });
    expect(project.coverMediaId).toBe(image.id);
    const removed = await t.app.inject({ method: 'DELETE', url: pathWith(ApiPath.mediaItem, { id: image.id }), remoteAddress: uniqueIp(), headers: author.auth });
    expect(removed.statusCode).toBe(204);
    const cover = await t.db.selectFrom('projects').select('cover_media_id').where('id', '=', project.id).executeTakeFirstOrThrow();
    expect(cover.cover_media_id).toBeNull();
  });
});

describe('reading an image by id', () => {
  const read = (id: number | string, auth: { authorization: string } | Record<string, never> = {}) =>
    t.app.inject({ method: 'GET', url: pathWith(ApiPath.mediaItem, { id }), remoteAddress: uniqueIp(), headers: auth });

  it('shows an image to everyone once a published project shows it, and before that only to its owner and moderators', async () => {
    const owner = await makeMember(t);
    const moderator = await makeModerator(t);
    const image = (await uploadImage(t, owner, await pngImage(66, 40), { alt: 'la mare' })).json();
    expect((await read(image.id, owner.auth)).json()).toEqual(image);
    expect((await read(image.id, moderator.auth)).statusCode).toBe(200);
    expect((await read(image.id, (await makeMember(t)).auth)).statusCode).toBe(404);
    expect((await read(image.id)).statusCode).toBe(404);
    await proposeProject(moderator.auth, { galleryMediaIds: [image.id], published: true });
    const byVisitor = await read(image.id);
    expect(byVisitor.statusCode).toBe(200);
    expect(byVisitor.json()).toMatchObject({ id: image.id, alt: 'la mare', variants: image.variants });
  });

  it('refuses an id that is not a number', async () => {
    const reply = await read('douze');
    expect(reply.statusCode).toBe(400);
    expect(reply.json().error.details[0].field).toBe('id');
  });
});

describe('personal data', () => {
  it('exports a member’s images, and erasure deletes them except those a project shows', async () => {
    const member = await makeMember(t);
    const loose = (await uploadImage(t, member, await pngImage(64, 40), { alt: 'mon jardin' })).json();
    const cover = (await uploadImage(t, member, await pngImage(65, 40))).json();
    await proposeProject(member.auth, { coverMediaId: cover.id });
    const exported = await t.app.inject({ method: 'GET', url: ApiPath.meExport, remoteAddress: uniqueIp(), headers: member.auth });
    expect(exported.json().media).toEqual([expect.objectContaining({ id: loose.id, alt: 'mon jardin' }), expect.objectContaining({ id: cover.id })]);
    const erased = await t.app.inject({ method: 'DELETE', url: ApiPath.me, remoteAddress: uniqueIp(), headers: member.auth, payload: { password: member.password } });
    expect(erased.statusCode).toBe(204);
    const rows = await t.db.selectFrom('media').select(['id', 'owner_id']).where('id', 'in', [loose.id, cover.id]).execute();
    expect(rows).toEqual([{ id: cover.id, owner_id: null }]);
  });
});
