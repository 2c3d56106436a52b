import type { Concept, ConceptListQuery, ConceptSummary, CreateConceptBody, LinkProjectBody, UpdateConceptBody } from '@egoejo/contracts';
import { slugify } from '../../content/slug';
import { type Principal, hasRole } from '../../platform/auth-guard';
import type { AppContext } from '../../platform/context';
import { decodeIdCursor, encodeIdCursor } from '../../platform/cursor';
import { conflict, notFound } from '../../platform/errors';
import { recordAudit } from '../audit/service';
import { invalidateConstellation } from '../constellation/service';
import { nextFreeSlug, projectIdForLink } from '../projects/service';
import { indexWordsOf } from '../search/service';
import {
  type ConceptValues,
  conceptSlugTaken,
  deleteConcept,
  deleteLink,
  findConceptBySlug,
  findConceptSlugsLike,
  findConceptsPage,
  findProjectsInspiredBy,
  insertConcept,
  updateConcept,
  upsertLink,
} from './store';

type SummaryRow = Awaited<ReturnType<typeof findConceptsPage>>[number];

const toConceptSummary = (r: SummaryRow): ConceptSummary => ({
  id: r.id,
  slug: r.slug,
  title: r.title,
  summary: r.summary,
  era: r.era,
  tags: r.tags,
  createdAt: r.created_at.toISOString(),
  updatedAt: r.updated_at.toISOString(),
});

const slugTaken = () => conflict('slug_taken', 'This slug is already used by another concept.');
const isUniqueViolation = (error: unknown) => (error as { code?: unknown }).code === '23505';

export async function listConcepts(ctx: AppContext, query: ConceptListQuery) {
  const rows = await findConceptsPage(ctx.db, { tag: query.tag }, { beforeId: query.cursor ? decodeIdCursor(query.cursor) : undefined, limit: query.limit });
  const page = rows.slice(0, query.limit);
  const last = page[page.length - 1];
  return { items: page.map(toConceptSummary), nextCursor: rows.length > query.limit && last ? encodeIdCursor(last.id) : null };
}

/** A concept with the projects it inspires: published ones, plus proposals for moderators. */
export async function getConcept(ctx: AppContext, principal: Principal | null, slug: string): Promise<Concept> {
  const row = await findConceptBySlug(ctx.db, slug);
  if (!row) throw notFound('Concept');
  const publishedOnly = !(principal && hasRole(principal, 'moderator'));
  const projects = await findProjectsInspiredBy(ctx.db, row.id, publishedOnly);
  return { ...toConceptSummary(row), body: row.body, sources: row.sources, projects };
}

async function changed(ctx: AppContext, id: number): Promise<void> {
  await indexWordsOf(ctx.db, 'concepts', [id]);
  await invalidateConstellation(ctx);
}

export async function createConcept(ctx: AppContext, principal: Principal, body: CreateConceptBody, ip: string): Promise<Concept> {
  let slug = body.slug;
  if (slug && (await conceptSlugTaken(ctx.db, slug))) throw slugTaken();
  slug ??= nextFreeSlug(slugify(body.title), new Set(await findConceptSlugsLike(ctx.db, slugify(body.title))));
  const values: ConceptValues = { slug, title: body.title, summary: body.summary, body: body.body, era: body.era, sources: body.sources, tags: [...new Set(body.tags)] };
  const created = await ctx.db
    .transaction()
    .execute(async (tx) => {
      const row = await insertConcept(tx, { ...values, author_id: principal.id });
      await recordAudit(tx, { actorId: principal.id, action: 'concept.created', targetKind: 'concept', targetId: row.id, ip, metadata: { slug } });
      return row;
    })
    .catch((error: unknown) => {
      throw isUniqueViolation(error) ? slugTaken() : error;
    });
  await changed(ctx, created.id);
  return getConcept(ctx, principal, created.slug);
}

export async function editConcept(ctx: AppContext, principal: Principal, slug: string, body: UpdateConceptBody, ip: string): Promise<Concept> {
  const row = await findConceptBySlug(ctx.db, slug);
  if (!row) throw notFound('Concept');
  if (body.slug && body.slug !== row.slug && (await conceptSlugTaken(ctx.db, body.slug))) throw slugTaken();
  const values: Partial<ConceptValues> = Object.fromEntries(Object.entries(body).filter(([, v]) => v !== undefined));
  if (values.tags) values.tags = [...new Set(values.tags)];
  const updated = await ctx.db
    .transaction()
    .execute(async (tx) => {
      const result = await updateConcept(tx, row.id, values);
      await recordAudit(tx, { actorId: principal.id, action: 'concept.updated', targetKind: 'concept', targetId: row.id, ip, metadata: { fields: Object.keys(values) } });
      return result;
    })
    .catch((error: unknown) => {
      throw isUniqueViolation(error) ? slugTaken() : error;
    });
  if (!updated) throw notFound('Concept');
  await changed(ctx, row.id);
  return getConcept(ctx, principal, updated.slug);
}

export async function removeConcept(ctx: AppContext, principal: Principal, slug: string, ip: string): Promise<void> {
  const row = await findConceptBySlug(ctx.db, slug);
  if (!row || !(await deleteConcept(ctx.db, row.id))) throw notFound('Concept');
  await recordAudit(ctx.db, { actorId: principal.id, action: 'concept.deleted', targetKind: 'concept', targetId: row.id, ip, metadata: { slug } });
  await invalidateConstellation(ctx);
}

/** Links a concept to a project (or replaces the sentence of an existing link). */
export async function linkProject(ctx: AppContext, principal: Principal, slug: string, body: LinkProjectBody, ip: string): Promise<Concept> {
  const concept = await findConceptBySlug(ctx.db, slug);
  if (!concept) throw notFound('Concept');
  const projectId = await projectIdForLink(ctx, body.projectSlug);
  await upsertLink(ctx.db, { concept_id: concept.id, project_id: projectId, label: body.label });
  await recordAudit(ctx.db, { actorId: principal.id, action: 'concept.linked', targetKind: 'concept', targetId: concept.id, ip, metadata: { projectId } });
  await invalidateConstellation(ctx);
  return getConcept(ctx, principal, slug);
}

export async function unlinkProject(ctx: AppContext, principal: Principal, slug: string, projectSlug: string, ip: string): Promise<void> {
  const concept = await findConceptBySlug(ctx.db, slug);
  if (!concept) throw notFound('Concept');
  const projectId = await projectIdForLink(ctx, projectSlug);
  if (!(await deleteLink(ctx.db, concept.id, projectId))) throw notFound('Link');
  await recordAudit(ctx.db, { actorId: principal.id, action: 'concept.unlinked', targetKind: 'concept', targetId: concept.id, ip, metadata: { projectId } });
  await invalidateConstellation(ctx);
}
