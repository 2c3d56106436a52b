import type { ColumnType, Generated } from 'kysely';
import type { ProjectCategory, ProjectStatus } from '@egoejo/contracts';

export interface ProjectsTable {
  id: Generated<number>;
  slug: string;
  title: string;
  summary: Generated<string>;
  description: Generated<string>;
  category: ProjectCategory;
  status: Generated<ProjectStatus>;
  location_name: string | null;
  location_lat: number | null;
  location_lng: number | null;
  cover_media_id: number | null;
  published: Generated<boolean>;
  author_id: number | null;
  created_at: ColumnType<Date, Date | undefined, never>;
  updated_at: ColumnType<Date, Date | undefined, Date>;
  /** Generated: immutable_unaccent(lower(title)). */
  title_norm: ColumnType<string, never, never>;
  /** Generated: weighted tsvector of title, summary and description. */
  /** Generated: tsvector of the folded title. */
  title_vector: ColumnType<string, never, never>;
  search_vector: ColumnType<string, never, never>;
}

export interface ProjectGalleryTable {
  project_id: number;
  media_id: number;
  position: number;
}

export interface ProjectsTables {
  projects: ProjectsTable;
  project_gallery: ProjectGalleryTable;
}
