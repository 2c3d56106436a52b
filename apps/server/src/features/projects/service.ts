import type { CreateProjectBody, Project, ProjectListQuery, ProjectSummary, UpdateProjectBody } from '@egoejo/contracts';
import { slugify } from '../../content/slug';
import { type Principal, hasRole } from '../../platform/auth-guard';
import type { AppContext } from '../../platform/context';
import { decodeIdCursor, encodeIdCursor } from '../../platform/cursor';
import { conflict, forbidden, notFound, unauthenticated, unprocessable } from '../../platform/errors';
import { recordAudit } from '../audit/service';
import { enqueueScoring } from '../moderation/scoring';
import { hiddenFrom } from '../moderation/visibility';
import { invalidateConstellation } from '../constellation/service';
import { indexWordsOf, prepareTextSearch, search } from '../search/service';
import {
  type ProjectValues,
  deleteProject,
  findConceptsInspiring,
  findGalleryMediaIds,
  findProjectIdBySlug,
  findProjectBySlug,
  findProjectsPage,
  findPublishedSummaries,
  findSlugsLike,
  insertProject,
  replaceGallery,
  updateProject,
} from './store';

type SummaryRow = Awaited<ReturnType<typeof findProjectsPage>>[number];
type ProjectRow = NonNullable<Awaited<ReturnType<typeof findProjectBySlug>>>;

export function toProjectSummary(r: SummaryRow): ProjectSummary {
  return {
    id: r.id,
    slug: r.slug,
    title: r.title,
    summary: r.summary,
    category: r.category,
    status: r.status,
    location: r.location_name === null ? null : { name: r.location_name, ...(r.location_lat === null ? {} : { lat: r.location_lat }), ...(r.location_lng === null ? {} : { lng: r.location_lng }) },
    coverMediaId: r.cover_media_id,
    published: r.published,
    author: r.author_id === null ? null : { id: r.author_id, displayName: r.author_name ?? '' },
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
  };
}

const isModerator = (principal: Principal | null) => principal !== null && hasRole(principal, 'moderator');

/** Published projects are public; a proposal is seen by its author and by moderators only. */
function canSee(principal: Principal | null, row: Pick<ProjectRow, 'published' | 'author_id'>): boolean {
  return row.published || isModerator(principal) || (principal !== null && row.author_id === principal.id);
}

export async function listProjects(ctx: AppContext, principal: Principal | null, query: ProjectListQuery) {
  let visibility: { published: true } | { published: false; authorId?: number } = { published: true };
  if (query.visibility === 'proposals') {
    if (!principal) throw unauthenticated();
    visibility = isModerator(principal) ? { published: false } : { published: false, authorId: principal.id };
  }
  const text = query.q ? await prepareTextSearch(ctx.db, query.q) : undefined;
  const rows = await findProjectsPage(
    ctx.db,
    { category: query.category, status: query.status, text, visibility, viewer: principal },
    { beforeId: query.cursor ? decodeIdCursor(query.cursor) : undefined, limit: query.limit },
  );
  const page = rows.slice(0, query.limit);
  const last = page[page.length - 1];
  return { items: page.map(toProjectSummary), nextCursor: rows.length > query.limit && last ? encodeIdCursor(last.id) : null };
}

export async function getProject(ctx: AppContext, principal: Principal | null, slug: string): Promise<Project> {
  const row = await findProjectBySlug(ctx.db, slug);
  if (!row || !canSee(principal, row) || (await hiddenFrom(ctx.db, 'project', row.id, row.author_id, principal))) throw notFound('Project');
  const [galleryMediaIds, concepts] = [await findGalleryMediaIds(ctx.db, row.id), await findConceptsInspiring(ctx.db, row.id)];
  return { ...toProjectSummary(row), description: row.description, galleryMediaIds, concepts };
}

/** `base`, or `base-2`, `base-3`… whichever is not taken. */
export function nextFreeSlug(base: string, taken: Set<string>): string {
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}

/** The slug asked for (409 when taken), or one made from the title with a free numeric suffix. */
async function freeSlug(ctx: AppContext, title: string, asked: string | undefined): Promise<string> {
  if (asked) {
    if ((await findSlugsLike(ctx.db, asked)).includes(asked)) throw conflict('slug_taken', 'This slug is already used by another project.');
    return asked;
  }
  const base = slugify(title);
  return nextFreeSlug(base, new Set(await findSlugsLike(ctx.db, base)));
}

/** The id of a project a concept may link to (moderators link proposals too). */
export async function projectIdForLink(ctx: AppContext, slug: string): Promise<number> {
  const row = await findProjectIdBySlug(ctx.db, slug);
  if (!row) throw notFound('Project');
  return row.id;
}

const isUniqueViolation = (error: unknown) => (error as { code?: unknown }).code === '23505';
const isForeignKeyViolation = (error: unknown) => (error as { code?: unknown }).code === '23503';

/** Maps what the database refuses in a project write to the client's mistake it reveals. */
function writeError(error: unknown): unknown {
  if (isUniqueViolation(error)) return conflict('slug_taken', 'This slug is already used by another project.');
  // The only foreign keys a body can name are the cover and gallery media.
  if (isForeignKeyViolation(error)) return unprocessable('unknown_media', 'A cover or gallery media id does not exist.', [{ field: 'galleryMediaIds', message: 'unknown media' }]);
  return error;
}

function locationValues(location: CreateProjectBody['location']) {
  return { location_name: location?.name ?? null, location_lat: location?.lat ?? null, location_lng: location?.lng ?? null };
}

/** Moderators publish directly (by default); a member's project is a proposal until a moderator publishes it. */
export async function createProject(ctx: AppContext, principal: Principal, body: CreateProjectBody, ip: string): Promise<Project> {
  const moderator = isModerator(principal);
  if (body.published && !moderator) throw forbidden('Only moderators publish projects; yours will be reviewed.');
  const values: Omit<ProjectValues, 'slug'> = {
    title: body.title,
    summary: body.summary,
    description: body.description,
    category: body.category,
    status: body.status,
    ...locationValues(body.location),
    cover_media_id: body.coverMediaId,
    published: moderator ? (body.published ?? true) : false,
  };
  // Two writers may pick the same free slug at once: the unique index decides, the loser picks again.
  for (let attempt = 0; ; attempt++) {
    const slug = await freeSlug(ctx, body.title, body.slug);
    try {
      const created = await ctx.db.transaction().execute(async (tx) => {
        const row = await insertProject(tx, { ...values, slug, author_id: principal.id });
        await replaceGallery(tx, row.id, body.galleryMediaIds);
        await recordAudit(tx, { actorId: principal.id, action: 'project.created', targetKind: 'project', targetId: row.id, ip, metadata: { slug, published: values.published } });
        // A member's proposal is scored in the background, committed with it (moderators' own projects are not).
        if (!moderator) await enqueueScoring(ctx, tx, { kind: 'project', id: row.id, text: [body.title, body.summary, body.description].filter(Boolean).join('\n\n'), authorId: principal.id });
        return row;
      });
      await afterWrite(ctx, created.id);
      return getProject(ctx, principal, created.slug);
    } catch (error) {
      if (!isUniqueViolation(error) || body.slug || attempt >= 2) throw writeError(error);
    }
  }
}

/** Moderators edit any project; a member edits only their own proposal, and cannot publish it. */
function checkCanEdit(principal: Principal, row: ProjectRow, body: UpdateProjectBody): void {
  if (isModerator(principal)) return;
  if (row.author_id !== principal.id || row.published) throw forbidden('Only moderators edit this project.');
  if (body.published) throw forbidden('Only moderators publish projects.');
}

export async function editProject(ctx: AppContext, principal: Principal, slug: string, body: UpdateProjectBody, ip: string): Promise<Project> {
  const row = await findProjectBySlug(ctx.db, slug);
  if (!row || !canSee(principal, row)) throw notFound('Project');
  checkCanEdit(principal, row, body);
  if (body.slug && body.slug !== row.slug) await freeSlug(ctx, row.title, body.slug);
  const values: Partial<ProjectValues> = {
    ...(body.title === undefined ? {} : { title: body.title }),
    ...(body.slug === undefined ? {} : { slug: body.slug }),
    ...(body.summary === undefined ? {} : { summary: body.summary }),
    ...(body.description === undefined ? {} : { description: body.description }),
    ...(body.category === undefined ? {} : { category: body.category }),
    ...(body.status === undefined ? {} : { status: body.status }),
    ...(body.location === undefined ? {} : locationValues(body.location)),
    ...(body.coverMediaId === undefined ? {} : { cover_media_id: body.coverMediaId }),
    ...(body.published === undefined ? {} : { published: body.published }),
  };
  const updated = await ctx.db
    .transaction()
    .execute(async (tx) => {
      const result = await updateProject(tx, row.id, values);
      if (body.galleryMediaIds) await replaceGallery(tx, row.id, body.galleryMediaIds);
      const action = body.published === true && !row.published ? 'project.published' : 'project.updated';
      await recordAudit(tx, { actorId: principal.id, action, targetKind: 'project', targetId: row.id, ip, metadata: { fields: Object.keys(body) } });
      // A member's edited proposal is scored again, like a new one.
      const text = [values.title ?? row.title, values.summary ?? row.summary, values.description ?? row.description].filter(Boolean).join('\n\n');
      if (!isModerator(principal)) await enqueueScoring(ctx, tx, { kind: 'project', id: row.id, text, authorId: principal.id });
      return result;
    })
    .catch((error: unknown) => {
      throw writeError(error);
    });
  if (!updated) throw notFound('Project');
  await afterWrite(ctx, row.id);
  return getProject(ctx, principal, updated.slug);
}

export async function removeProject(ctx: AppContext, principal: Principal, slug: string, ip: string): Promise<void> {
  const deleted = await deleteProject(ctx.db, (await findProjectBySlug(ctx.db, slug))?.id ?? 0);
  if (!deleted) throw notFound('Project');
  await recordAudit(ctx.db, { actorId: principal.id, action: 'project.deleted', targetKind: 'project', targetId: deleted.id, ip, metadata: { slug } });
  await invalidateConstellation(ctx);
}

async function afterWrite(ctx: AppContext, id: number): Promise<void> {
  await indexWordsOf(ctx.db, 'projects', [id]);
  await invalidateConstellation(ctx);
}

/** The original `/api/projets/search/?q=`: the same projects as the new search, in its reply shape. */
export async function legacySearch(ctx: AppContext, q: string) {
  const results = await search(ctx.db, { q, kind: 'projects', limit: 20 });
  const rows = await findPublishedSummaries(ctx.db, results.map((r) => r.id));
  const byId = new Map(rows.map((r) => [r.id, toProjectSummary(r)]));
  const projects = results.flatMap((r) => byId.get(r.id) ?? []);
  return { results: projects, count: projects.length, query: q.trim() };
}
