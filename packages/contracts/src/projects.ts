import { z } from 'zod';
import { PageQuery, Timestamp, pageOf } from './common';

export const ProjectCategory = z.enum(['agriculture', 'semences', 'eau', 'transmission', 'habitat', 'biodiversite', 'alimentation']);
export type ProjectCategory = z.infer<typeof ProjectCategory>;
export const ProjectStatus = z.enum(['idea', 'active', 'completed']);
export type ProjectStatus = z.infer<typeof ProjectStatus>;

/** Lower-case ASCII words joined by single hyphens: what the server makes from a title. */
export const Slug = z
  .string()
  .trim()
  .max(100)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lower-case letters, digits and single hyphens');
export const SlugParam = z.object({ slug: Slug });

export const ProjectLocation = z.object({
  name: z.string().trim().min(1).max(160),
  lat: z.number().min(-90).max(90).optional(),
  lng: z.number().min(-180).max(180).optional(),
});
export type ProjectLocation = z.infer<typeof ProjectLocation>;

const MediaId = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);

/** Plain text or Markdown, stored as written; the web app renders it as text (DESIGN §7). */
const ProjectFields = z.object({
  title: z.string().trim().min(2).max(160),
  slug: Slug.optional(),
  summary: z.string().trim().max(600).default(''),
  description: z.string().trim().max(20_000).default(''),
  category: ProjectCategory,
  status: ProjectStatus.default('idea'),
  location: ProjectLocation.nullable().default(null),
  coverMediaId: MediaId.nullable().default(null),
  galleryMediaIds: z.array(MediaId).max(30).default([]),
  /** Moderators and admins only; a member's proposal is always unpublished. */
  published: z.boolean().optional(),
});

export const CreateProjectBody = ProjectFields;
export type CreateProjectBody = z.infer<typeof CreateProjectBody>;

export const UpdateProjectBody = z
  .object({
    title: ProjectFields.shape.title.optional(),
    slug: Slug.optional(),
    summary: z.string().trim().max(600).optional(),
    description: z.string().trim().max(20_000).optional(),
    category: ProjectCategory.optional(),
    status: ProjectStatus.optional(),
    location: ProjectLocation.nullable().optional(),
    coverMediaId: MediaId.nullable().optional(),
    galleryMediaIds: z.array(MediaId).max(30).optional(),
    published: z.boolean().optional(),
  })
  .refine((b) => Object.values(b).some((v) => v !== undefined), { message: 'nothing to update' });
export type UpdateProjectBody = z.infer<typeof UpdateProjectBody>;

export const ProjectAuthor = z.object({ id: z.number().int(), displayName: z.string() });

export const ProjectSummary = z.object({
  id: z.number().int(),
  slug: z.string(),
  title: z.string(),
  summary: z.string(),
  category: ProjectCategory,
  status: ProjectStatus,
  location: ProjectLocation.nullable(),
  coverMediaId: z.number().int().nullable(),
  published: z.boolean(),
  author: ProjectAuthor.nullable(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type ProjectSummary = z.infer<typeof ProjectSummary>;

export const LinkedConcept = z.object({ id: z.number().int(), slug: z.string(), title: z.string(), label: z.string() });

export const Project = ProjectSummary.extend({
  description: z.string(),
  galleryMediaIds: z.array(z.number().int()),
  concepts: z.array(LinkedConcept),
});
export type Project = z.infer<typeof Project>;
export const ProjectReply = z.object({ project: Project });

export const ProjectListQuery = PageQuery.extend({
  category: ProjectCategory.optional(),
  status: ProjectStatus.optional(),
  q: z.string().trim().min(2).max(200).optional(),
  /** `proposals`: unpublished projects — all of them for moderators, one's own for a member. */
  visibility: z.enum(['published', 'proposals']).default('published'),
});
export type ProjectListQuery = z.infer<typeof ProjectListQuery>;
export const ProjectPage = pageOf(ProjectSummary);
