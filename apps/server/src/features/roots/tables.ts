import type { ColumnType, Generated, JSONColumnType } from 'kysely';

export interface ConceptsTable {
  id: Generated<number>;
  slug: string;
  title: string;
  summary: Generated<string>;
  body: Generated<string>;
  era: Generated<string>;
  sources: JSONColumnType<{ label: string; url: string }[]>;
  tags: ColumnType<string[], string[] | undefined, string[]>;
  author_id: number | null;
  created_at: ColumnType<Date, Date | undefined, never>;
  updated_at: ColumnType<Date, Date | undefined, Date>;
  title_norm: ColumnType<string, never, never>;
  /** Generated: tsvector of the folded title. */
  title_vector: ColumnType<string, never, never>;
  search_vector: ColumnType<string, never, never>;
}

export interface ConceptProjectLinksTable {
  concept_id: number;
  project_id: number;
  label: string;
  created_at: ColumnType<Date, never, never>;
}

export interface RootsTables {
  concepts: ConceptsTable;
  concept_project_links: ConceptProjectLinksTable;
}
