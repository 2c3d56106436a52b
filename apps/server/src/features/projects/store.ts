import type { Kysely, Transaction } from 'kysely';
import type { ProjectCategory, ProjectStatus } from '@egoejo/contracts';
import type { DB } from '../../db/schema';
import type { Principal } from '../../platform/auth-guard';
import { visibleTo } from '../moderation/visibility';
import { anyMatch } from '../search/store';
import type { TextSearch } from '../search/service';

type Db = Kysely<DB> | Transaction<DB>;

export interface ProjectValues {
  slug: string;
  title: string;
  summary: string;
  description: string;
  category: ProjectCategory;
  status: ProjectStatus;
  location_name: string | null;
  location_lat: number | null;
  location_lng: number | null;
  cover_media_id: number | null;
  published: boolean;
}

const summaryColumns = [
  'p.id',
  'p.slug',
  'p.title',
  'p.summary',
  'p.category',
  'p.status',
  'p.location_name',
  'p.location_lat',
  'p.location_lng',
  'p.cover_media_id',
  'p.published',
  'p.author_id',
  'u.display_name as author_name',
  'p.created_at',
  'p.updated_at',
] as const;

const withAuthor = (db: Db) => db.selectFrom('projects as p').leftJoin('users as u', 'u.id', 'p.author_id');

export interface ProjectFilters {
  category?: ProjectCategory | undefined;
  status?: ProjectStatus | undefined;
  text?: TextSearch | undefined;
  /** Published only, or unpublished proposals (of one author when set). */
  visibility: { published: true } | { published: false; authorId?: number };
  /** Who lists: projects hidden by moderation are left out except for their author and moderators. */
  viewer?: Principal | null;
}

/** Newest first: the identity id follows creation order, so it is the keyset. */
export function findProjectsPage(db: Db, filters: ProjectFilters, page: { beforeId?: number | undefined; limit: number }) {
  let q = withAuthor(db).select(summaryColumns).where('p.published', '=', filters.visibility.published);
  if (!filters.visibility.published && filters.visibility.authorId !== undefined) q = q.where('p.author_id', '=', filters.visibility.authorId);
  q = q.where(visibleTo('project', 'p.id', 'p.author_id', filters.viewer ?? null));
  if (filters.category) q = q.where('p.category', '=', filters.category);
  if (filters.status) q = q.where('p.status', '=', filters.status);
  const text = filters.text;
  if (text) {
    q = q.where(anyMatch(text.query, text.tsQuery, 'p'));
  }
  if (page.beforeId !== undefined) q = q.where('p.id', '<', page.beforeId);
  return q.orderBy('p.id', 'desc').limit(page.limit + 1).execute();
}

export const findProjectBySlug = (db: Db, slug: string) =>
  withAuthor(db).select([...summaryColumns, 'p.description']).where('p.slug', '=', slug).executeTakeFirst();

/** Summaries of the given published projects, in any order. */
export const findPublishedSummaries = (db: Db, ids: number[]) =>
  ids.length ? withAuthor(db).select(summaryColumns).where('p.id', 'in', ids).where('p.published', '=', true).execute() : Promise.resolve([]);

export const findGalleryMediaIds = async (db: Db, projectId: number) =>
  (await db.selectFrom('project_gallery').select('media_id').where('project_id', '=', projectId).orderBy('position').execute()).map((r) => r.media_id);

/** A project by slug, for a concept link. */
export const findProjectIdBySlug = (db: Db, slug: string) => db.selectFrom('projects').select(['id', 'published']).where('slug', '=', slug).executeTakeFirst();

/** The taken slugs among `base` and `base-N`, to pick the next free suffix. */
export const findSlugsLike = async (db: Db, base: string) =>
  (
    await db
      .selectFrom('projects')
      .select('slug')
      .where((eb) => eb.or([eb('slug', '=', base), eb('slug', 'like', `${base}-%`)]))
      .execute()
  ).map((r) => r.slug);

export const insertProject = (db: Db, values: ProjectValues & { author_id: number | null; created_at?: Date }) =>
  db.insertInto('projects').values(values).returning(['id', 'slug']).executeTakeFirstOrThrow();

export const updateProject = (db: Db, id: number, values: Partial<ProjectValues>) =>
  db
    .updateTable('projects')
    .set({ ...values, updated_at: new Date() })
    .where('id', '=', id)
    .returning(['id', 'slug'])
    .executeTakeFirst();

export async function replaceGallery(db: Db, projectId: number, mediaIds: number[]): Promise<void> {
  await db.deleteFrom('project_gallery').where('project_id', '=', projectId).execute();
  if (mediaIds.length) {
    await db
      .insertInto('project_gallery')
      .values(mediaIds.map((media_id, position) => ({ project_id: projectId, media_id, position })))
      .execute();
  }
}

export const deleteProject = (db: Db, id: number) => db.deleteFrom('projects').where('id', '=', id).returning(['id', 'slug']).executeTakeFirst();

/** The concepts that inspire a project (the link table belongs to roots; this is its read for a project page). */
export const findConceptsInspiring = (db: Db, projectId: number) =>
  db
    .selectFrom('concept_project_links as l')
    .innerJoin('concepts as c', 'c.id', 'l.concept_id')
    .select(['c.id', 'c.slug', 'c.title', 'l.label'])
    .where('l.project_id', '=', projectId)
    .orderBy('c.title')
    .execute();

/** A person's projects, published or not, for their data export. */
export const findProjectsByAuthor = (db: Db, authorId: number) =>
  db
    .selectFrom('projects')
    .select(['id', 'slug', 'title', 'summary', 'description', 'category', 'status', 'published', 'created_at', 'updated_at'])
    .where('author_id', '=', authorId)
    .orderBy('id')
    .execute();

/** Proposals never published are private drafts: they go with their author. */
export const deleteUnpublishedByAuthor = (db: Db, authorId: number) =>
  db.deleteFrom('projects').where('author_id', '=', authorId).where('published', '=', false).execute();
