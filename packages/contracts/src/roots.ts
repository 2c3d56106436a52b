import { z } from 'zod';
import { PageQuery, Timestamp, pageOf } from './common';
import { Slug } from './projects';

export const ConceptSource = z.object({ label: z.string().trim().min(1).max(200), url: z.url({ protocol: /^https?$/ }).max(500) });
const Tag = z.string().trim().toLowerCase().min(1).max(40);

export const CreateConceptBody = z.object({
  title: z.string().trim().min(2).max(160),
  slug: Slug.optional(),
  summary: z.string().trim().max(600).default(''),
  body: z.string().trim().max(30_000).default(''),
  era: z.string().trim().max(80).default(''),
  sources: z.array(ConceptSource).max(30).default([]),
  tags: z.array(Tag).max(20).default([]),
});
export type CreateConceptBody = z.infer<typeof CreateConceptBody>;

export const UpdateConceptBody = z
  .object({
    title: z.string().trim().min(2).max(160).optional(),
    slug: Slug.optional(),
    summary: z.string().trim().max(600).optional(),
    body: z.string().trim().max(30_000).optional(),
    era: z.string().trim().max(80).optional(),
    sources: z.array(ConceptSource).max(30).optional(),
    tags: z.array(Tag).max(20).optional(),
  })
  .refine((b) => Object.values(b).some((v) => v !== undefined), { message: 'nothing to update' });
export type UpdateConceptBody = z.infer<typeof UpdateConceptBody>;

export const ConceptSummary = z.object({
  id: z.number().int(),
  slug: z.string(),
  title: z.string(),
  summary: z.string(),
  era: z.string(),
  tags: z.array(z.string()),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type ConceptSummary = z.infer<typeof ConceptSummary>;

export const InspiredProject = z.object({
  id: z.number().int(),
  slug: z.string(),
  title: z.string(),
  summary: z.string(),
  /** How the concept inspires this project, in one sentence. */
  label: z.string(),
});

export const Concept = ConceptSummary.extend({
  body: z.string(),
  sources: z.array(ConceptSource),
  projects: z.array(InspiredProject),
});
export type Concept = z.infer<typeof Concept>;
export const ConceptReply = z.object({ concept: Concept });

export const ConceptListQuery = PageQuery.extend({ tag: Tag.optional() });
export type ConceptListQuery = z.infer<typeof ConceptListQuery>;
export const ConceptPage = pageOf(ConceptSummary);

export const LinkProjectBody = z.object({ projectSlug: Slug, label: z.string().trim().min(1).max(280) });
export type LinkProjectBody = z.infer<typeof LinkProjectBody>;
export const ConceptProjectParams = z.object({ slug: Slug, projectSlug: Slug });

/** The Constellation: concepts and projects as stars, links as "inspires". Ids are stable ("concept:12"). */
export const ConstellationNode = z.object({
  id: z.string(),
  kind: z.enum(['concept', 'project']),
  slug: z.string(),
  title: z.string(),
  /** Number of links of this star: the web app sizes stars by it. */
  weight: z.number().int(),
});
export const ConstellationLink = z.object({ source: z.string(), target: z.string(), label: z.string() });
export const Constellation = z.object({ nodes: z.array(ConstellationNode), links: z.array(ConstellationLink) });
export type Constellation = z.infer<typeof Constellation>;
